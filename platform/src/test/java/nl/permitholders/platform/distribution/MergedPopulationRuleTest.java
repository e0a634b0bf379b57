package nl.permitholders.platform.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.distribution.MergedPopulationRule.Counted;
import nl.permitholders.platform.distribution.MergedPopulationRule.Figure;
import nl.permitholders.platform.distribution.Reorganisations.Merger;
import org.junit.jupiter.api.Test;

/**
 * R1 with R3: a continuing municipality counts its parts' population together on a reference date before its merger,
 * unless the province set its population with the merger; no inhabitants are lost and none are counted twice.
 */
class MergedPopulationRuleTest {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 1, 1);
    private static final LocalDate MERGER_DATE = LocalDate.of(2025, 4, 1);
    private static final LocalDate NEXT_HALF_YEAR = LocalDate.of(2025, 7, 1);
    private static final Instant IMPORTED = Instant.parse("2024-06-01T10:00:00Z");
    private static final Instant MERGER_RECORDED = Instant.parse("2025-02-01T10:00:00Z");
    private static final Merger ABSORPTION = new Merger("GM0001", List.of("GM0002"), MERGER_DATE, true, MERGER_RECORDED);
    private static final Merger NEW_CODE = new Merger("GM0005", List.of("GM0003", "GM0004"), MERGER_DATE, false,
            MERGER_RECORDED);
    private static final Map<String, Figure> CBS = Map.of("GM0001", cbs(60_000), "GM0002", cbs(20_000), "GM0003", cbs(30_000),
            "GM0004", cbs(10_000), "GM0009", cbs(5_000));

    @Test
    void anAbsorbingMunicipalityCountsItsOwnInhabitantsAndThoseItAbsorbed() {
        Counted counted = MergedPopulationRule.count(List.of("GM0001", "GM0009"), REFERENCE_DATE, NEXT_HALF_YEAR, CBS, List.of(ABSORPTION));
        assertThat(counted.persons()).containsExactlyInAnyOrderEntriesOf(Map.of("GM0001", 80_000, "GM0009", 5_000));
        assertThat(counted.missing()).isEmpty();
    }

    @Test
    void aNewMunicipalityCountsItsPartsTogether() {
        assertThat(MergedPopulationRule.count(List.of("GM0005"), REFERENCE_DATE, NEXT_HALF_YEAR, CBS, List.of(NEW_CODE)).persons())
                .containsExactlyEntriesOf(Map.of("GM0005", 40_000));
    }

    @Test
    void aFigureTheProvinceSetWithTheMergerCountsAsItIs() {
        Map<String, Figure> withTheProvincesFigure = new java.util.HashMap<>(CBS);
        withTheProvincesFigure.put("GM0005", new Figure(41_000, MERGER_RECORDED, true));
        withTheProvincesFigure.put("GM0001", new Figure(80_500, MERGER_RECORDED, true));
        assertThat(MergedPopulationRule.count(List.of("GM0001", "GM0005"), REFERENCE_DATE, NEXT_HALF_YEAR, withTheProvincesFigure,
                List.of(ABSORPTION, NEW_CODE)).persons()).containsExactlyInAnyOrderEntriesOf(Map.of("GM0001", 80_500, "GM0005", 41_000));
    }

    @Test
    void cbsFigureOfADateBeforeTheMergerIsTheAbsorbingMunicipalityAsItWasThenAlsoWhenImportedAfterTheMerger() {
        Map<String, Figure> importedLater = new java.util.HashMap<>(CBS);
        importedLater.put("GM0001", new Figure(60_000, Instant.parse("2025-09-01T10:00:00Z"), false));
        assertThat(MergedPopulationRule.count(List.of("GM0001"), REFERENCE_DATE, NEXT_HALF_YEAR, importedLater, List.of(ABSORPTION))
                .persons()).containsExactlyEntriesOf(Map.of("GM0001", 80_000));
    }

    @Test
    void theDivisionOnTheHalfYearsFirstDayCountsEachPartOnItsOwnBeforeTheMerger() {
        Counted counted = MergedPopulationRule.count(List.of("GM0001", "GM0002", "GM0003", "GM0004"), REFERENCE_DATE,
                LocalDate.of(2025, 1, 1), CBS, List.of(ABSORPTION, NEW_CODE));
        assertThat(counted.persons()).containsExactlyInAnyOrderEntriesOf(Map.of("GM0001", 60_000, "GM0002", 20_000,
                "GM0003", 30_000, "GM0004", 10_000));
    }

    @Test
    void cbsFigureOfADateOnOrAfterTheMergerIsTheNewDivisions() {
        Map<String, Figure> cbs2026 = Map.of("GM0001", cbs(80_700), "GM0005", cbs(40_100));
        assertThat(MergedPopulationRule.count(List.of("GM0001", "GM0005"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                cbs2026, List.of(ABSORPTION, NEW_CODE)).persons())
                .containsExactlyInAnyOrderEntriesOf(Map.of("GM0001", 80_700, "GM0005", 40_100));
    }

    @Test
    void aPartWithoutAFigureIsNamedWithTheMunicipalityItIsPartOf() {
        Counted counted = MergedPopulationRule.count(List.of("GM0005"), REFERENCE_DATE, NEXT_HALF_YEAR,
                Map.of("GM0003", cbs(30_000)), List.of(NEW_CODE));
        assertThat(counted.persons()).isEmpty();
        assertThat(counted.missing()).containsExactly("GM0004 (part of GM0005)");
    }

    @Test
    void whatAMergedMunicipalityHadAbsorbedBeforeCountsAlong() {
        Merger earlier = new Merger("GM0003", List.of("GM0008"), LocalDate.of(2024, 7, 1), true, IMPORTED.plusSeconds(3600));
        Map<String, Figure> figures = new java.util.HashMap<>(CBS);
        figures.put("GM0008", cbs(2_000));
        assertThat(MergedPopulationRule.count(List.of("GM0005"), REFERENCE_DATE, NEXT_HALF_YEAR, figures, List.of(earlier, NEW_CODE))
                .persons()).containsExactlyEntriesOf(Map.of("GM0005", 42_000));
    }

    private static Figure cbs(int persons) {
        return new Figure(persons, IMPORTED, false);
    }
}
