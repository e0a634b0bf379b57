package nl.permitholders.supervision.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nl.permitholders.platform.distribution.MergedPopulationRule.Figure;
import nl.permitholders.platform.distribution.NationalDistribution;
import nl.permitholders.platform.distribution.QuotaDistribution;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import nl.permitholders.supervision.scenario.Scenario.AreaHalfYear;
import nl.permitholders.supervision.scenario.Scenario.MixSource;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityHalfYear;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityOutlook;
import org.junit.jupiter.api.Test;

/**
 * A scenario (issue 71): R1's distribution of the Rijk's national totals, each municipality's forecast at the end of each
 * half-year with its colour, the homes beyond the pipeline, and the sums per province and for the country. A country of
 * four: GM0001 and GM0002 in PV23, GM0003 and GM0004 in PV24, 120,000 inhabitants on 1 January 2026.
 */
class ScenarioRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Period H2_2026 = Period.parse("2026-H2");
    private static final Period H1_2027 = Period.parse("2027-H1");
    private static final Period H2_2027 = Period.parse("2027-H2");
    private static final Map<String, Figure> CBS_2026 = Map.of("GM0001", cbs(60_000), "GM0002", cbs(20_000), "GM0003", cbs(30_000),
            "GM0004", cbs(10_000));

    /**
     * GM0001: 10 carried into 2026-H2, a quota of 50 there, 30 housed on 1 August (5 a month over the last six), and COA
     * coupled 10 singles and 5 families of four in the last six months. The others: nothing yet.
     */
    private static Map<String, BacklogLedger> ledgers() {
        List<LedgerEntry> gm0001 = new ArrayList<>();
        gm0001.add(Entries.openingBalance(UUID.randomUUID(), "t", "GM0001", H2_2026, 10, 1));
        gm0001.add(Entries.quota(UUID.randomUUID(), "t", "GM0001", H2_2026, 50, 1));
        gm0001.add(Entries.housed(UUID.randomUUID(), "t", "GM0001", LocalDate.of(2026, 8, 1), 30, "p1"));
        for (int i = 0; i < 10; i++) {
            gm0001.add(Entries.coupled(UUID.randomUUID(), "t", "GM0001", LocalDate.of(2026, 9, 1), 1, "s" + i, "SINGLE"));
        }
        for (int i = 0; i < 5; i++) {
            gm0001.add(Entries.coupled(UUID.randomUUID(), "t", "GM0001", LocalDate.of(2026, 10, 1), 4, "f" + i, "FAMILY"));
        }
        Map<String, BacklogLedger> ledgers = new TreeMap<>();
        ledgers.put("GM0001", new BacklogLedger("GM0001", gm0001));
        for (String code : List.of("GM0002", "GM0003", "GM0004")) {
            ledgers.put(code, new BacklogLedger(code, List.of()));
        }
        return ledgers;
    }

    private static Scenario scenario(Map<Period, Integer> totals, Reorganisations reorganisations, ScenarioRule.Assumptions assumptions,
                                     String provinceCode) {
        Map<String, String> provinces = Map.of("GM0001", "PV23", "GM0002", "PV23", "GM0003", "PV24", "GM0004", "PV24");
        Map<String, ScenarioRule.MunicipalityPosition> positions = new TreeMap<>();
        ledgers().forEach((code, ledger) -> positions.put(code, new ScenarioRule.MunicipalityPosition(code, "Gemeente " + code,
                provinces.get(code), Forecast.Position.of(ledger, TODAY, Period.parse("2029-H1"), assumptions.paceMonths()),
                HouseholdMix.of(ledger.couplingsMade(TODAY.minusMonths(assumptions.householdMixMonths()), TODAY)))));
        List<ScenarioRule.DistributedHalfYear> distributions = new ArrayList<>();
        totals.forEach((period, total) -> {
            List<String> division = new ArrayList<>(List.of("GM0001", "GM0002", "GM0003"));
            if (reorganisations.mergers().stream().noneMatch(m -> !period.firstDay().isBefore(m.effectiveDate()))) {
                division.add("GM0004");
            }
            distributions.add(new ScenarioRule.DistributedHalfYear(period, total, QuotaDistribution.populationReferenceDate(period),
                    NationalDistribution.of(period, total, division, QuotaDistribution.populationReferenceDate(period), CBS_2026,
                            reorganisations)));
        });
        return ScenarioRule.calculate(new ScenarioRule.Inputs(TODAY, assumptions, distributions, reorganisations, positions, Map.of(),
                Map.of("PV23", "Overijssel", "PV24", "Gelderland")), provinceCode);
    }

    private static MunicipalityHalfYear halfYear(Scenario scenario, String code, Period period) {
        return outlook(scenario, code).halfYears().stream().filter(h -> h.period().equals(period.toString())).findFirst().orElseThrow();
    }

    private static MunicipalityOutlook outlook(Scenario scenario, String code) {
        return scenario.municipalities().stream().filter(m -> m.municipalityCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void eachMunicipalityGetsR1sQuotaOfTheNationalTotalAndTheSurplusIsReported() {
        Scenario scenario = scenario(Map.of(H1_2027, 1_000), Reorganisations.none(), ScenarioRule.Assumptions.defaults(), null);

        // 1,000 x 60,000 / 120,000 = 500; 166.7 -> 167; 250; 83.3 -> 84
        assertThat(scenario.municipalities()).extracting(m -> m.halfYears().get(0).quota()).containsExactly(500, 167, 250, 84);
        assertThat(scenario.halfYears()).singleElement().satisfies(d -> {
            assertThat(d.nationalTotal()).isEqualTo(1_000);
            assertThat(d.sumOfQuotas()).isEqualTo(1_001);
            assertThat(d.surplus()).isEqualTo(1);
            assertThat(d.populationReferenceDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(d.quotaNow()).as("no quota is set for 2027-H1 yet").isZero();
        });
    }

    @Test
    void theForecastCarriesTodaysPositionForwardWithTheScenariosQuotaAndItsColourAtTheEnd() {
        Scenario scenario = scenario(Map.of(H1_2027, 1_000), Reorganisations.none(), ScenarioRule.Assumptions.defaults(), null);

        // GM0001 today: 10 + 50 - 30 = 30 behind; 5 a month for the 2 months left of 2026-H2 ends it at 20. In 2027-H1: 20 + 500,
        // 30 housed in its six months: 490 at its end.
        MunicipalityOutlook gm0001 = outlook(scenario, "GM0001");
        assertThat(gm0001.backlogToday()).isEqualTo(30);
        // today: 4 whole months of 2026-H2 passed, 60 x 4 / 6 = 40 expected, 30 housed: 10 behind, one month's share of 60
        assertThat(gm0001.colourToday()).isEqualTo(Colour.ORANGE);
        MunicipalityHalfYear h = halfYear(scenario, "GM0001", H1_2027);
        assertThat(List.of(h.carriedBacklog(), h.quota(), h.adjustedQuota(), h.expectedHoused(), h.expectedBacklog()))
                .containsExactly(20, 500, 520, 30, 490);
        assertThat(h.colour()).as("490 behind, more than one month's share (87) of 520").isEqualTo(Colour.RED);
        assertThat(h.colourChanged()).isTrue();
        assertThat(scenario.colourChanges()).filteredOn(c -> c.municipalityCode().equals("GM0001")).singleElement()
                .satisfies(c -> assertThat(List.of(c.from(), c.to())).containsExactly(Colour.ORANGE, Colour.RED))
                .satisfies(c -> assertThat(c.worse()).isTrue());
    }

    @Test
    void thePersonsBeyondThePipelineAreTurnedIntoHomesByTheMunicipalitysOwnMixElseItsProvincesElseTheCountrys() {
        Scenario scenario = scenario(Map.of(H1_2027, 1_000), Reorganisations.none(), ScenarioRule.Assumptions.defaults(), null);

        // GM0001's 15 households: 10 singles and 5 families of four, 30 persons; 490 persons need 490 x 10 / 30 = 164 rooms and
        // 490 x 5 / 30 = 82 family homes, rounded up
        MunicipalityHalfYear h = halfYear(scenario, "GM0001", H1_2027);
        assertThat(outlook(scenario, "GM0001").householdMix().source()).isEqualTo(MixSource.MUNICIPALITY);
        assertThat(h.personsBeyondPipeline()).isEqualTo(490);
        assertThat(h.homes()).containsExactlyInAnyOrderEntriesOf(Map.of(HomeKind.ROOM, 164, HomeKind.FAMILY_HOME, 82));
        assertThat(h.homesTotal()).isEqualTo(246);
        assertThat(outlook(scenario, "GM0002").householdMix().source()).as("none of its own: Overijssel's").isEqualTo(MixSource.PROVINCE);
        assertThat(outlook(scenario, "GM0003").householdMix().source()).as("none in Gelderland: the country's").isEqualTo(MixSource.COUNTRY);
    }

    @Test
    void underTodaysPaceAloneThePlannedCapacityComesOffTheHomesNotOffTheBacklog() {
        ScenarioRule.Assumptions paceAlone = new ScenarioRule.Assumptions(Forecast.Basis.UNCHANGED_POLICY, 6, 6, 10, Optional.empty());

        Scenario scenario = scenario(Map.of(H1_2027, 1_000), Reorganisations.none(), paceAlone, null);

        MunicipalityHalfYear h = halfYear(scenario, "GM0002", H1_2027);
        assertThat(h.expectedBacklog()).isEqualTo(167);
        assertThat(h.plannedCapacityPlaces()).isZero();
        assertThat(h.personsBeyondPipeline()).isEqualTo(167);
        assertThat(scenario.assumptions()).extracting(Scenario.Assumption::name).contains("forecast", "paceMonths", "householdMixMonths",
                "minimumHouseholds", "homesBeyondPipeline", "homes", "quotasBetween");
    }

    @Test
    void theProvincesAndTheCountrySumTheirMunicipalitiesNetAndGross() {
        Scenario scenario = scenario(Map.of(H1_2027, 1_000), Reorganisations.none(), ScenarioRule.Assumptions.defaults(), null);

        AreaHalfYear overijssel = scenario.provinces().stream().filter(p -> p.code().equals("PV23")).findFirst().orElseThrow()
                .halfYears().get(0);
        assertThat(overijssel.quota()).isEqualTo(500 + 167);
        assertThat(overijssel.expectedBacklog()).isEqualTo(490 + 167);
        assertThat(overijssel.colours()).containsEntry(Colour.RED, 2);
        assertThat(overijssel.coloursToday()).containsEntry(Colour.ORANGE, 1).containsEntry(Colour.GREEN, 1);
        assertThat(overijssel.worse()).isEqualTo(2);
        AreaHalfYear country = scenario.country().halfYears().get(0);
        assertThat(country.municipalities()).isEqualTo(4);
        assertThat(country.quota()).isEqualTo(1_001);
        assertThat(country.grossExpectedBacklog()).isEqualTo(490 + 167 + 250 + 84);
    }

    @Test
    void aProvinceSeesItsOwnMunicipalitiesAndItsOwnSumsOnly() {
        Scenario scenario = scenario(Map.of(H1_2027, 1_000), Reorganisations.none(), ScenarioRule.Assumptions.defaults(), "PV24");

        assertThat(scenario.municipalities()).extracting(MunicipalityOutlook::municipalityCode).containsExactly("GM0003", "GM0004");
        assertThat(scenario.provinces()).extracting(Scenario.AreaOutlook::code).containsExactly("PV24");
        assertThat(scenario.country()).isNull();
        assertThat(scenario.halfYears().get(0).quotaInScope()).isEqualTo(250 + 84);
        assertThat(scenario.halfYears().get(0).sumOfQuotas()).as("R1 stays national").isEqualTo(1_001);
    }

    @Test
    void aMunicipalityMergingAfterTodayPassesItsForecastToTheOneItMergesInto() {
        Reorganisations merger = new Reorganisations(List.of(new Reorganisations.Merger("GM0003", List.of("GM0004"),
                LocalDate.of(2027, 10, 1), true, Instant.parse("2026-06-01T10:00:00Z"))), List.of());

        Scenario scenario = scenario(Map.of(H1_2027, 1_000, H2_2027, 1_200), merger, ScenarioRule.Assumptions.defaults(), null);

        // 2027-H2 is wholly GM0003's: its own 300 and GM0004's 100 (R1, R3), and GM0004's 84 of 2027-H1 carried in with it
        assertThat(outlook(scenario, "GM0004").halfYears()).extracting(MunicipalityHalfYear::period).containsExactly("2027-H1");
        assertThat(outlook(scenario, "GM0004").ends()).isEqualTo(new Scenario.Ending("2027-H2", List.of("GM0003")));
        MunicipalityHalfYear h = halfYear(scenario, "GM0003", H2_2027);
        assertThat(h.quota()).isEqualTo(400);
        assertThat(h.quotaBasis()).isEqualTo(NationalDistribution.Basis.MERGED.name());
        assertThat(h.carriedBacklog()).isEqualTo(250 + 84);
        assertThat(h.expectedBacklog()).isEqualTo(250 + 84 + 400);
        // the country in 2027-H2: GM0001 30 + 500 + 600 - 14 months at 5 = 1,060; GM0002 167 + 200; GM0003 as above
        AreaHalfYear country = scenario.country().halfYears().get(1);
        assertThat(country.municipalities()).isEqualTo(3);
        assertThat(country.expectedBacklog()).isEqualTo(1_060 + 367 + 734);
    }

    private static Figure cbs(int persons) {
        return new Figure(persons, Instant.parse("2026-05-01T10:00:00Z"), false);
    }
}
