package nl.permitholders.supervision.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.supervision.scenario.DivisionStore.Registered;
import org.junit.jupiter.api.Test;

/** The municipal division R1 distributes over on a half-year's first day, as quota-service's register has it (R1, R3). */
class DivisionTest {

    private static final LocalDate MERGER = LocalDate.of(2027, 1, 1);

    @Test
    void theMunicipalitiesThatExistOnTheDayAsRegisteredAndAsTheReorganisationsSay() {
        Map<String, Registered> register = new TreeMap<>();
        register.put("GM0001", new Registered("GM0001", "A", "PV23", null, null));
        register.put("GM0002", new Registered("GM0002", "B", "PV23", null, MERGER.minusDays(1)));
        register.put("GM0003", new Registered("GM0003", "C", "PV23", null, null));
        register.put("GM0005", new Registered("GM0005", "E", "PV23", null, null));
        register.put("GM0006", new Registered("GM0006", "F", "PV23", null, null));
        register.put("GM0007", new Registered("GM0007", "G", "PV23", null, null));
        // GM0002 merges into GM0001 (its register entry ends), GM0003 into GM0005, formed then (an older entry that does not say
        // so: the merger's event does), GM0006 is split over GM0001 and GM0007.
        Reorganisations reorganisations = new Reorganisations(List.of(
                new Reorganisations.Merger("GM0001", List.of("GM0002"), MERGER, true, Instant.EPOCH),
                new Reorganisations.Merger("GM0005", List.of("GM0003"), MERGER, false, Instant.EPOCH)),
                List.of(new Reorganisations.Split("GM0006", Map.of("GM0001", 1L, "GM0007", 1L), MERGER)));
        DivisionStore.Register known = new DivisionStore.Register(register, reorganisations, Map.of("PV23", "Overijssel"));

        assertThat(known.existingOn(MERGER.minusDays(1))).containsExactly("GM0001", "GM0002", "GM0003", "GM0006", "GM0007");
        assertThat(known.existingOn(MERGER)).containsExactly("GM0001", "GM0005", "GM0007");
    }
}
