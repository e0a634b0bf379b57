package nl.permitholders.localstack;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.permitholders.infrastructure.ReorganisationHistory;

/**
 * The demo's municipal register, made through quota-service's public API as the Rijk: the country as it stood on 31
 * December 2018, CBS's 12 provinces and 380 municipalities, and then every reorganisation CBS records from 2019 to 2025
 * ({@code reference/cbs/herindelingen-2019-2025.csv} of deploy/infrastructure) in date order, mergers and splits with
 * their effective dates ({@link ReorganisationHistory}), so that on 1 January 2024 the register is CBS's 342 of
 * {@code bevolking-2024-01-01.csv} with their provinces. placement-service, housing-stock and supervision learn the same
 * register, mergers and splits from quota.events. The splits' shares are an assumption, equal (see
 * {@link ReorganisationHistory} and demo/README.md): no quota or coupling of the demo is older than 2024, so they
 * divide nothing.
 */
final class DemoRegister {

    /** The day the demo's figures start from: the register must be CBS's 342 then. */
    static final LocalDate DIVISION_OF_2024 = LocalDate.of(2024, 1, 1);

    private DemoRegister() {
    }

    /**
     * Registers the country of 2019 and replays its reorganisations (loading again changes nothing) and returns the codes
     * of the municipalities of CBS's division of 2024, the ones the demo's figures are for.
     */
    static List<String> register(DemoFigures figures, ReorganisationHistory.QuotaApi quota) {
        ReorganisationHistory history = ReorganisationHistory.load();
        Set<String> of2024 = history.municipalitiesOn(DIVISION_OF_2024);
        if (!of2024.equals(figures.municipalities.keySet())) {
            throw new IllegalStateException("The reorganisations since 2019 do not lead to CBS's division of 2024: " + of2024.size()
                    + " municipalities where CBS has " + figures.municipalities.size());
        }
        int recorded = history.replay(quota);
        System.out.printf("  register: %d provinces, %d municipalities of 2019, %d of CBS's reorganisations 2019-2025 recorded"
                        + " (%d before) -> %d municipalities on %s%n", history.provinces().size(), history.registerOf2019().size(),
                recorded, history.reorganisations().size() - recorded, of2024.size(), DIVISION_OF_2024);
        return List.copyOf(figures.municipalities.keySet());
    }
}
