package nl.permitholders.quota.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.quota.exchange.QuotaExchange.Change;
import org.junit.jupiter.api.Test;

/** R2, Huisvestingswet 2014 art. 29 lid 2. */
class QuotaExchangeTest {

    private static final Set<String> EXISTING = Set.of("GM0141", "GM0147", "GM0153");
    private static final Map<String, Integer> QUOTAS = Map.of("GM0141", 73, "GM0147", 12, "GM0153", 160);

    private static List<String> problems(List<Change> changes) {
        return QuotaExchange.check(changes, EXISTING, QUOTAS).list().stream().map(InvalidParam::name).toList();
    }

    @Test
    void municipalitiesMayRedivideTheirQuotasWhenTheirTotalIsUnchanged() {
        assertThat(problems(List.of(new Change("GM0141", -10), new Change("GM0147", 4), new Change("GM0153", 6)))).isEmpty();
    }

    @Test
    void anExchangeThatChangesTheTotalIsRefused() {
        assertThat(problems(List.of(new Change("GM0141", -10), new Change("GM0147", 9)))).containsExactly("changes");
    }

    @Test
    void noMunicipalityIsLeftWithANegativeQuota() {
        assertThat(problems(List.of(new Change("GM0147", -13), new Change("GM0153", 13)))).containsExactly("changes[0].delta");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems(List.of(new Change("GM9999", 5), new Change("GM0141", 0), new Change("GM0141", 1))))
                .containsExactlyInAnyOrder("changes[0].municipalityCode", "changes[1].delta", "changes[2].municipalityCode", "changes");
    }

    @Test
    void anExchangeNeedsTwoMunicipalities() {
        assertThat(problems(List.of(new Change("GM0141", 0)))).containsExactly("changes");
    }
}
