package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo's data files agree with their sources and with R1: Almelo's plan of approach of 27 March 2025, the province
 * of Overijssel's letter of 11 July 2024, and the national quotas.
 */
class DemoFiguresTest {

    private final DemoFigures figures = DemoFigures.load();

    @Test
    void r1OnTheDemosNationalQuotasAndPopulationsGivesAlmeloTheQuotasOfItsPlan() {
        Map<String, Integer> plan = figures.almeloPlan.get("quota");
        assertThat(plan).containsExactlyInAnyOrderEntriesOf(Map.of("2024-H1", 78, "2024-H2", 70, "2025-H1", 73));
        assertThat(figures.almeloPlan.get("quota_forecast")).containsExactlyEntriesOf(Map.of("2025-H2", 75));
        for (String period : new String[] {"2024-H1", "2024-H2", "2025-H2"}) {
            int planned = plan.getOrDefault(period, figures.almeloPlan.get("quota_forecast").get(period));
            assertThat(figures.quota(DemoData.ALMELO, figures.nationalQuota(period))).as(period).isEqualTo(planned);
        }
        // 2025-I: R1 with 17,700 on CBS's population gives 74, the plan 73; the demo sets the plan's as a version of its own.
        assertThat(figures.quota(DemoData.ALMELO, figures.nationalQuota("2025-H1"))).isEqualTo(74);
    }

    @Test
    void theNational2025IQuotaIs17700FixedAsAlmelosPlanKnewItAnd2025IIProvisional() {
        assertThat(figures.nationalQuota("2025-H1")).extracting(DemoFigures.NationalQuota::persons, DemoFigures.NationalQuota::status)
                .containsExactly(17_700, "FINAL");
        assertThat(figures.nationalQuota("2025-H2").status()).isEqualTo("PROVISIONAL");
        // Enschede: ceil(17,700 × 161,000 / 17,900,000) = ceil(159.2)
        assertThat(figures.quota("GM0153", figures.nationalQuota("2025-H1"))).isEqualTo(160);
    }

    @Test
    void theNational2024IQuotaIsTheRijks18750FromTheAnswerToParliamentaryQuestions() {
        assertThat(figures.nationalQuota("2024-H1")).extracting(DemoFigures.NationalQuota::persons, DemoFigures.NationalQuota::status)
                .containsExactly(18_750, "FINAL");
        assertThat(figures.nationalQuota("2024-H1").source()).startsWith("published:").contains("2024Z12156");
        // Almelo: ceil(18,750 × 73,600 / 17,900,000) = ceil(77.1), the 78 of its plan.
        assertThat(figures.quota(DemoData.ALMELO, figures.nationalQuota("2024-H1"))).isEqualTo(78);
    }

    @Test
    void everyNationalQuotaIsPublishedWithItsSourceOrMarkedInvented() {
        assertThat(figures.nationalQuotas).isNotEmpty().allSatisfy(quota ->
                assertThat(quota.source()).matches("(published: .+ as .+|invented.*)"));
    }

    @Test
    void thePlansTableAddsUpAsR4Does() {
        Map<String, Map<String, Integer>> plan = figures.almeloPlan;
        int end2024 = plan.get("backlog_carried_in").get("2024-H1") + plan.get("quota").get("2024-H1") + plan.get("quota").get("2024-H2")
                - plan.get("housed").get("2024");
        assertThat(end2024).isEqualTo(plan.get("backlog").get("2024-H2")).isEqualTo(117);
        int end2025 = end2024 + plan.get("quota").get("2025-H1") + plan.get("quota_forecast").get("2025-H2") - plan.get("housed_forecast").get("2025");
        assertThat(end2025).isEqualTo(plan.get("backlog_forecast").get("2025-H2")).isEqualTo(190);
    }

    @Test
    void theMunicipalitiesBacklogsAddUpToTheProvincesLetter() {
        assertThat(figures.backlogs).hasSize(25).containsKey(DemoData.ALMELO);
        assertThat(figures.backlogs.values().stream().mapToInt(DemoFigures.Backlogs::firstOfJanuary2024).sum()).isEqualTo(448);
        assertThat(figures.backlogs.values().stream().mapToInt(DemoFigures.Backlogs::firstOfJuly2024).sum()).isEqualTo(679);
        assertThat(figures.backlogs.get(DemoData.ALMELO).firstOfJanuary2024()).isEqualTo(figures.almeloPlan.get("backlog_carried_in").get("2024-H1"));
    }

    @Test
    void everyMunicipalityHasAPopulationAndHousesNoneOrMoreIn2024I() {
        assertThat(figures.populations.keySet()).containsAll(figures.backlogs.keySet());
        assertThat(figures.nationalPopulation).isEqualTo(figures.populations.values().stream().mapToLong(Integer::longValue).sum());
        figures.backlogs.values().forEach(municipality -> assertThat(municipality.firstOfJanuary2024()
                + figures.quota(municipality.code(), figures.nationalQuota("2024-H1")) - municipality.firstOfJuly2024())
                .as(municipality.name()).isNotNegative());
        assertThat(figures.backlogs.values()).filteredOn(municipality -> !municipality.code().equals(DemoData.ALMELO))
                .allSatisfy(municipality -> assertThat(municipality.pace()).isPositive());
    }

    @Test
    void almelosMeasuresAreThePlansFiveWithTheirTerms() {
        assertThat(figures.almeloMeasures).extracting(DemoFigures.Measure::term)
                .containsExactly("SHORT", "MEDIUM", "MEDIUM", "MEDIUM", "LONG");
        assertThat(figures.almeloMeasures.get(0).title()).isEqualTo("Woonaanbod voor alleenstaanden door woningdelen");
    }
}
