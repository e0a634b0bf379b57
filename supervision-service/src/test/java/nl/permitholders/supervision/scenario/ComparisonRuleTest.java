package nl.permitholders.supervision.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import nl.permitholders.supervision.scenario.Scenario.AreaHalfYear;
import nl.permitholders.supervision.scenario.Scenario.AreaOutlook;
import nl.permitholders.supervision.scenario.Scenario.MixSource;
import nl.permitholders.supervision.scenario.Scenario.MixView;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityHalfYear;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityOutlook;
import org.junit.jupiter.api.Test;

/** Scenarios side by side: each one's figures, and each two's differences, later minus earlier (issue 71, point 3). */
class ComparisonRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Scenario scenario(int quota, int backlog, Colour colour, Map<HomeKind, Integer> homes) {
        MunicipalityHalfYear h = new MunicipalityHalfYear("2027-H1", quota, "DISTRIBUTED", 68_000, 75,
                QuotaStatus.PROVISIONAL, 100, 100 + quota, 60, backlog, 0, colour, colour != Colour.GREEN, Math.max(0, backlog), homes,
                homes.values().stream().mapToInt(Integer::intValue).sum());
        MunicipalityOutlook almelo = new MunicipalityOutlook("GM0141", "Almelo", "PV23", Colour.GREEN, 100,
                new MixView(MixSource.MUNICIPALITY, 10, 20, List.of()), List.of(h), null);
        AreaHalfYear sum = new AreaHalfYear("2027-H1", 1, quota, 75, 100, 100 + quota, 60, backlog, Math.max(0, backlog),
                Math.max(0, backlog), homes, h.homesTotal(), Map.of(colour, 1), Map.of(Colour.GREEN, 1), colour == Colour.GREEN ? 0 : 1, 0);
        AreaOutlook overijssel = new AreaOutlook("PV23", "Overijssel", List.of(sum));
        Scenario.Distributed distributed = new Scenario.Distributed("2027-H1", quota * 250, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), 18_000_000L, quota * 250 + 100, 100, 342, 0, null);
        return new Scenario(TODAY, null, List.of(), List.of(distributed), List.of(almelo), List.of(overijssel),
                new AreaOutlook("NL", "Nederland", List.of(sum)), List.of(), null);
    }

    @Test
    void eachTwoScenariosDifferByTheLaterOnesFiguresMinusTheEarlierOnes() {
        Scenario low = scenario(60, 40, Colour.GREEN, Map.of(HomeKind.ROOM, 10));
        Scenario expected = scenario(75, 55, Colour.ORANGE, Map.of(HomeKind.ROOM, 12, HomeKind.FAMILY_HOME, 3));
        Scenario high = scenario(95, 75, Colour.RED, Map.of(HomeKind.ROOM, 15, HomeKind.FAMILY_HOME, 5));

        Comparison comparison = ComparisonRule.compare(List.of(new ComparisonRule.Labelled("laag", "laag", "RIJK", low),
                new ComparisonRule.Labelled("verwacht", null, null, expected), new ComparisonRule.Labelled("hoog", null, null, high)));

        assertThat(comparison.periods()).containsExactly("2027-H1");
        Comparison.MunicipalityHalfYears almelo = comparison.municipalities().get(0).halfYears().get(0);
        assertThat(almelo.scenarios()).extracting(MunicipalityHalfYear::quota).containsExactly(60, 75, 95);
        assertThat(almelo.differences()).extracting(d -> d.from() + ">" + d.to() + ": " + d.quota() + ", " + d.expectedBacklog() + ", "
                + d.homesTotal() + ", " + d.colourDiffers())
                .containsExactly("laag>verwacht: 15, 15, 5, true", "laag>hoog: 35, 35, 10, true", "verwacht>hoog: 20, 20, 5, true");
        assertThat(almelo.differences().get(0).homes()).containsExactlyInAnyOrderEntriesOf(Map.of(HomeKind.ROOM, 2, HomeKind.FAMILY_HOME, 3));
        Comparison.AreaDifference overijssel = comparison.provinces().get(0).halfYears().get(0).differences().get(2);
        assertThat(overijssel.colours()).containsExactlyInAnyOrderEntriesOf(Map.of(Colour.ORANGE, -1, Colour.RED, 1));
        assertThat(comparison.scenarios()).extracting(Comparison.Head::label).containsExactly("laag", "verwacht", "hoog");
        assertThat(comparison.scenarios().get(0).kept()).isEqualTo("laag");
        assertThat(comparison.country()).isNotNull();
    }

    @Test
    void aHalfYearOnlyOneScenarioHasShowsItsFiguresAndNoDifference() {
        Scenario later = scenario(80, 60, Colour.RED, Map.of());
        Scenario other = new Scenario(TODAY, null, List.of(), List.of(new Scenario.Distributed("2027-H2", 1_000, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), 18_000_000L, 1_100, 100, 342, 0, null)), List.of(), List.of(), null, List.of(), null);

        Comparison comparison = ComparisonRule.compare(List.of(new ComparisonRule.Labelled("a", null, null, later),
                new ComparisonRule.Labelled("b", null, null, other)));

        assertThat(comparison.periods()).containsExactly("2027-H1", "2027-H2");
        assertThat(comparison.municipalities().get(0).halfYears()).as("Almelo has figures in 2027-H1 only").hasSize(1);
        Comparison.MunicipalityHalfYears almelo = comparison.municipalities().get(0).halfYears().get(0);
        assertThat(almelo.scenarios()).hasSize(2).last().isNull();
        assertThat(almelo.differences()).isEmpty();
    }
}
