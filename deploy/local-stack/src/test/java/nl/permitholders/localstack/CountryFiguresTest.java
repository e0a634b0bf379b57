package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The country demo's figures: CBS's 342 municipalities in 12 provinces, R1 on CBS's populations against Almelo's plan,
 * the national totals published or marked as assumptions, and the invented split of the Rijk's published totals of
 * 2024-I over the municipalities adding up to those totals.
 */
class CountryFiguresTest {

    private final DemoFigures figures = DemoFigures.load();
    private final Map<String, InventedCountry.Figures> country = InventedCountry.of(figures);

    @Test
    void theCountryIsCbss342MunicipalitiesIn12ProvincesAddingUpToCbssNationalPopulation() {
        assertThat(figures.municipalities).hasSize(342);
        assertThat(figures.municipalities.values().stream().map(DemoFigures.CbsMunicipality::provinceCode).distinct()).hasSize(12);
        assertThat(figures.nationalPopulation).isEqualTo(17_942_942L);
        Map<String, Long> perProvince = figures.municipalities.values().stream()
                .collect(Collectors.groupingBy(DemoFigures.CbsMunicipality::provinceName, TreeMap::new, Collectors.counting()));
        assertThat(perProvince).containsEntry("Overijssel", 25L).containsEntry("Noord-Brabant", 56L).containsEntry("Fryslân", 18L);
        assertThat(figures.municipalities.get(DemoData.ALMELO).population()).isEqualTo(74_317);
    }

    @Test
    void r1OnCbssPopulationGivesAlmelo78In2024IAnd74In2025IWhereItsPlanHas73() {
        assertThat(figures.quota(DemoData.ALMELO, figures.nationalQuota("2024-H1"))).isEqualTo(78);
        assertThat(figures.quota(DemoData.ALMELO, figures.nationalQuota("2025-H1"))).isEqualTo(74);
        assertThat(figures.almeloPlan.get("quota")).containsEntry("2025-H1", 73);
    }

    @Test
    void only2024IsAnd2025IsNationalTotalsArePublishedTheOthersAreMarkedAsAssumptions() {
        assertThat(figures.nationalQuotas).allSatisfy(quota -> assertThat(quota.source())
                .startsWith(quota.period().equals("2024-H1") || quota.period().equals("2025-H1") ? "published:" : "invented (an assumption):"));
    }

    @Test
    void theInventedBacklogsOfTheCountryAddUpToTheRijksAlmost6400CarriedInto2024I() {
        assertThat(figures.national2024("backlog_carried_in").persons()).isEqualTo(6_390);
        assertThat(country).hasSize(342);
        assertThat(country.values().stream().mapToInt(InventedCountry.Figures::backlogOn1January2024).sum()).isEqualTo(6_390);
        assertThat(country.values()).allSatisfy(m -> assertThat(m.backlogOn1January2024()).isNotNegative());
    }

    @Test
    void theInventedPlacementsOf2024IAddUpToThe14271HousedThenWithOverijsselsFromTheProvincesLetter() {
        assertThat(country.values().stream().mapToInt(InventedCountry.Figures::housedIn2024I).sum()).isEqualTo(14_271);
        // Overijssel: 448 carried in + its R1 quotas of 18,750 (1,256) − 679 at the end = 1,025 housed, Almelo's 40 among them.
        assertThat(figures.backlogs.keySet().stream().mapToInt(code -> country.get(code).housedIn2024I()).sum()).isEqualTo(1_025);
        assertThat(country.get(DemoData.ALMELO).housedIn2024I()).isEqualTo(40);
        assertThat(country.values()).allSatisfy(m -> assertThat(m.housedIn2024I()).isNotNegative());
    }

    @Test
    void aTotalIsDividedInWholePersonsThatAddUpToItExactly() {
        assertThat(InventedCountry.shares(10, Map.of("a", 1.0, "b", 1.0, "c", 1.0))).containsExactlyInAnyOrderEntriesOf(
                Map.of("a", 4, "b", 3, "c", 3));
        assertThat(InventedCountry.shares(7, Map.of("a", 3.0, "b", 1.0))).containsExactlyInAnyOrderEntriesOf(Map.of("a", 5, "b", 2));
    }
}
