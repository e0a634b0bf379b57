package nl.permitholders.dashboard.scenario;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.api.ScenarioComparison;
import nl.permitholders.dashboard.api.ScenarioComparison.AreaFigures;
import nl.permitholders.dashboard.api.ScenarioComparison.Difference;
import nl.permitholders.dashboard.api.ScenarioComparison.Figures;
import nl.permitholders.dashboard.api.ScheduleColour;
import nl.permitholders.dashboard.map.MunicipalityMap;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.Table;

/**
 * The comparison of up to three scenarios (issue 71 point 3) on the Rijk's national view (a row per province) or a
 * province's view (a row per municipality), from supervision's compareScenarios: the scenarios' national totals and
 * assumptions, for the half-year chosen each scenario's quota, expected backlog, homes needed (and a municipality's
 * schedule colour) with the differences between each two scenarios, the municipalities that change colour, and the map
 * coloured by the chosen scenario. Nothing is stored.
 *
 * @param path       the page's address, for the links that keep the form's values ({@code query})
 * @param notice     that a scenario was kept, and under which name; null otherwise
 * @param mayKeep    whether the person may keep a scenario here: the Rijk on the national page, a province's own staff
 * @param deletable  the kept scenarios the person may throw away here: the Rijk's on the national page, the province's own
 * @param comparison null before anything is asked, or when the form or supervision refused it ({@code errors})
 * @param periods    links to the comparison of each of its half-years, the chosen one marked
 * @param scenario   the scenario the map is coloured by, from 0
 */
public record ScenarioPage(String title, String path, String query, ScenarioForm form, List<String> errors, String notice,
                           boolean mayKeep, List<ScenarioComparison.Kept> deletable, ScenarioComparison comparison, HalfYear period,
                           List<MunicipalityMap.Choice> periods, int scenario, Table heads, Table areas, Table homes, Table colourChanges,
                           MunicipalityMap map, String today) {

    /** The kinds of home in supervision's names (HomeKind), in the order of their size, with their Dutch names. */
    static final List<String> HOME_KINDS = List.of("ROOM", "SMALL_HOME", "FAMILY_HOME", "LARGE_FAMILY_HOME");
    static final List<String> HOME_KINDS_IN_DUTCH = List.of("Kamers", "Kleine woningen", "Gezinswoningen", "Grote gezinswoningen");

    /** A scenario's assumptions, in Dutch. */
    public record Assumptions(String label, List<String> said) {
    }

    /** Each scenario's assumptions in Dutch, in the comparison's order; none before a comparison. */
    public List<Assumptions> assumptions() {
        return comparison == null ? List.of() : comparison.scenarios().stream().map(head -> new Assumptions(head.label(),
                head.assumptions().stream().map(ScenarioAssumptionsInDutch::of).toList())).toList();
    }

    /** Whether supervision answered a comparison to show. */
    public boolean compared() {
        return comparison != null;
    }

    /** Where the form to keep a scenario posts, with the comparison's fields: the page's own address plus "/bewaren". */
    public String keepAction() {
        return path + "/bewaren?" + query;
    }

    /** Where the form to throw a kept scenario away posts: the page's own address plus "/weggooien", keeping the form. */
    public String deleteAction() {
        return path + "/weggooien?" + query;
    }

    /** The download of the same comparison as supervision's workbook, assumptions on a sheet of their own. */
    public String xlsx() {
        return path + ".xlsx?" + query;
    }

    /** The comparison's heads: per scenario and half-year the national total, the quotas together and R1's surplus. */
    static Table heads(ScenarioComparison comparison) {
        List<Row> rows = new ArrayList<>();
        for (ScenarioComparison.Head head : comparison.scenarios()) {
            for (ScenarioComparison.Distributed d : head.halfYears()) {
                rows.add(new Row(head.label() + "-" + d.period(), null, List.of(Cell.text(head.label()),
                        new Cell(d.period(), HalfYear.parse("period", d.period()).dutch(), null, null), Cell.number(d.nationalTotal()),
                        Cell.number(d.sumOfQuotas()), Cell.number(d.surplus()), Cell.number(d.municipalities()))));
            }
        }
        return Table.of("scenarios", "De scenario's", List.of("Scenario", "Halfjaar", "Landelijk totaal", "Taakstellingen samen",
                "Overschot door afronding (R1)", "Gemeenten met een taakstelling"), rows);
    }

    /**
     * The national view: a row per province in {@code period}, each scenario's sums and the differences, the country
     * as the totals row; each row leads to the province's comparison of the same scenarios ({@code query}).
     */
    static Table provinces(ScenarioComparison comparison, HalfYear period, String query) {
        List<String> labels = labels(comparison);
        List<String> headers = new ArrayList<>(List.of("Provincie"));
        for (String s : labels) {
            headers.addAll(List.of("Taakstelling: " + s, "Verwachte achterstand: " + s, "Woningen nodig: " + s,
                    "Gemeenten slechter dan nu: " + s));
        }
        headers.addAll(differenceHeaders(comparison, period, false));
        List<Row> rows = comparison.provinces().stream().map(area -> areaRow(area, period, labels))
                .map(row -> new Row(row.key(), "/dashboard/provincies/" + row.key() + "/scenarios?" + query + "&halfjaar=" + period,
                        row.cells())).toList();
        Row totals = comparison.country() == null ? null : areaRow(comparison.country(), period, labels);
        return new Table("vergelijking", "Provincies per scenario, " + period.dutch(), headers, rows, totals);
    }

    /**
     * A province's view: a row per municipality in {@code period}, each scenario's quota, expected backlog, schedule
     * colour and homes, and the differences; the province's sums as the totals row.
     */
    static Table municipalities(ScenarioComparison comparison, HalfYear period) {
        Labels words = MessageBundles.get(Labels.class);
        List<String> labels = labels(comparison);
        List<String> headers = new ArrayList<>(List.of("Gemeente", "Schemakleur nu"));
        for (String s : labels) {
            headers.addAll(List.of("Taakstelling: " + s, "Verwachte achterstand: " + s, "Schemakleur: " + s, "Woningen nodig: " + s));
        }
        headers.addAll(differenceHeaders(comparison, period, true));
        List<Row> rows = new ArrayList<>();
        for (ScenarioComparison.Municipality m : comparison.municipalities()) {
            ScenarioComparison.MunicipalityHalfYear half = m.halfYears().stream().filter(h -> h.period().equals(period.toString()))
                    .findFirst().orElse(null);
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(m.municipalityName()), colour(words, m.colourToday())));
            for (int i = 0; i < labels.size(); i++) {
                Figures f = half == null || half.scenarios().size() <= i ? null : half.scenarios().get(i);
                cells.addAll(f == null ? List.of(Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty())
                        : List.of(Cell.number(f.quota()), Cell.number(f.expectedBacklog()), colour(words, f.colour()), Cell.number(f.homesTotal())));
            }
            for (String[] pair : pairs(labels)) {
                Difference d = half == null ? null : difference(half.differences(), pair);
                cells.addAll(d == null ? List.of(Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty())
                        : List.of(Cell.number(d.quota()), Cell.number(d.expectedBacklog()), Cell.number(d.homesTotal()),
                        Cell.text(d.colourDiffers() ? "ja" : "nee")));
            }
            rows.add(new Row(m.municipalityCode(), "/dashboard/gemeenten/" + m.municipalityCode(), cells));
        }
        Row totals = comparison.provinces().stream().findFirst().map(area -> {
            Row sums = areaRow(area, period, labels);
            // the province's sums under the municipalities' columns: its colour columns stay empty
            List<Cell> cells = new ArrayList<>(List.of(sums.cells().get(0), Cell.empty()));
            for (int i = 0; i < labels.size(); i++) {
                List<Cell> scenario = sums.cells().subList(1 + 4 * i, 5 + 4 * i);
                cells.addAll(List.of(scenario.get(0), scenario.get(1), Cell.empty(), scenario.get(2)));
            }
            int first = 1 + 4 * labels.size();
            for (int i = 0; i < pairs(labels).size(); i++) {
                List<Cell> d = sums.cells().subList(first + 3 * i, first + 3 * i + 3);
                cells.addAll(List.of(d.get(0), d.get(1), d.get(2), Cell.empty()));
            }
            return new Row("totaal", null, cells);
        }).orElse(null);
        return new Table("vergelijking", "Gemeenten per scenario, " + period.dutch(), headers, rows, totals);
    }

    /**
     * The homes per kind (room, small home, family home, large family home) each scenario needs in {@code period} beyond
     * what the pipeline delivers, with the differences between each two scenarios: a row per province on the national view
     * (the country as totals), per municipality on a province's (the province as totals). A kind a scenario needs none of
     * is 0; a scenario without the half-year, or a municipality without a quota in it, is empty.
     */
    static Table homes(ScenarioComparison comparison, HalfYear period, boolean national) {
        List<String> labels = labels(comparison);
        List<String> headers = new ArrayList<>(List.of(national ? "Provincie" : "Gemeente"));
        for (String s : labels) {
            HOME_KINDS_IN_DUTCH.forEach(kind -> headers.add(kind + ": " + s));
        }
        for (String[] pair : pairs(labels)) {
            HOME_KINDS_IN_DUTCH.forEach(kind -> headers.add("Verschil " + kind.toLowerCase(Locale.ROOT) + ": " + pair[1] + " min " + pair[0]));
        }
        List<Row> rows = new ArrayList<>();
        if (national) {
            comparison.provinces().forEach(area -> rows.add(areaHomes(area, period, labels)));
        } else {
            for (ScenarioComparison.Municipality m : comparison.municipalities()) {
                ScenarioComparison.MunicipalityHalfYear half = m.halfYears().stream().filter(h -> h.period().equals(period.toString()))
                        .findFirst().orElse(null);
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(m.municipalityName())));
                cells.addAll(half == null ? homeCells(null, null, Figures::homes, labels)
                        : homeCells(half.scenarios(), half.differences(), Figures::homes, labels));
                rows.add(new Row(m.municipalityCode(), "/dashboard/gemeenten/" + m.municipalityCode(), cells));
            }
        }
        ScenarioComparison.Area sums = national ? comparison.country() : comparison.provinces().stream().findFirst().orElse(null);
        Row totals = sums == null ? null : areaHomes(sums, period, labels);
        return new Table("woningen", "Woningen per soort nodig, " + (national ? "per provincie" : "per gemeente") + ", " + period.dutch(),
                headers, rows, totals);
    }

    private static Row areaHomes(ScenarioComparison.Area area, HalfYear period, List<String> labels) {
        ScenarioComparison.AreaHalfYear half = area.halfYears().stream().filter(h -> h.period().equals(period.toString()))
                .findFirst().orElse(null);
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(area.name() == null ? area.code() : area.name())));
        cells.addAll(half == null ? homeCells(null, null, AreaFigures::homes, labels)
                : homeCells(half.scenarios(), half.differences(), AreaFigures::homes, labels));
        return new Row(area.code(), null, cells);
    }

    /**
     * A cell per kind of home of each scenario ({@code scenarios}, null where one lacks the half-year), then of each two's
     * difference; a kind absent from supervision's map is none, a scenario or difference without figures empty cells.
     */
    private static <F> List<Cell> homeCells(List<F> scenarios, List<Difference> differences, Function<F, Map<String, Integer>> homes,
                                            List<String> labels) {
        List<Map<String, Integer>> each = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            F figures = scenarios == null || scenarios.size() <= i ? null : scenarios.get(i);
            each.add(figures == null ? null : homes.apply(figures));
        }
        for (String[] pair : pairs(labels)) {
            Difference d = differences == null ? null : difference(differences, pair);
            each.add(d == null ? null : d.homes());
        }
        List<Cell> cells = new ArrayList<>();
        for (Map<String, Integer> kinds : each) {
            HOME_KINDS.forEach(kind -> cells.add(kinds == null ? Cell.empty() : Cell.number(kinds.getOrDefault(kind, 0))));
        }
        return cells;
    }

    /** The municipalities whose colour at the end of {@code period} in scenario {@code scenario} (from 0) is not today's. */
    static Table colourChanges(ScenarioComparison comparison, int scenario, HalfYear period) {
        Labels words = MessageBundles.get(Labels.class);
        ScenarioComparison.Head head = comparison.scenarios().get(scenario);
        List<Row> rows = head.colourChanges().stream().filter(c -> c.period().equals(period.toString()))
                .map(c -> new Row(c.municipalityCode(), "/dashboard/gemeenten/" + c.municipalityCode(), List.of(
                        Cell.text(c.municipalityName()), Cell.text(c.provinceCode()), colour(words, c.from()), colour(words, c.to()),
                        Cell.text(c.worse() ? "slechter" : "beter")))).toList();
        return Table.of("kleurwisselingen", "Gemeenten die van kleur wisselen in " + head.label() + ", " + period.dutch(),
                List.of("Gemeente", "Provincie", "Schemakleur nu", "Schemakleur aan het eind", "Slechter of beter"), rows);
    }

    /** Every municipality of the comparison coloured by its schedule colour at the end of {@code period} in scenario {@code scenario}. */
    static MunicipalityMap map(ScenarioComparison comparison, int scenario, HalfYear period, boolean withProvinces) {
        Labels words = MessageBundles.get(Labels.class);
        String label = comparison.scenarios().get(scenario).label();
        List<MunicipalityMap.Position> positions = new ArrayList<>();
        for (ScenarioComparison.Municipality m : comparison.municipalities()) {
            Figures f = m.halfYears().stream().filter(h -> h.period().equals(period.toString())).findFirst()
                    .map(h -> h.scenarios().size() > scenario ? h.scenarios().get(scenario) : null).orElse(null);
            String link = "/dashboard/gemeenten/" + m.municipalityCode();
            if (f == null) {
                // no quota in the scenario's half-year (ended, or not in it): today's colour, said so
                positions.add(new MunicipalityMap.Position(m.municipalityCode(), m.municipalityName(),
                        words.scheduleColour(m.colourToday()), "geen taakstelling in " + label + "; schemakleur nu "
                        + words.scheduleColour(m.colourToday()), link));
                continue;
            }
            String colour = words.scheduleColour(f.colour());
            positions.add(new MunicipalityMap.Position(m.municipalityCode(), m.municipalityName(), colour, "taakstelling "
                    + DutchFormat.number(f.quota()) + ", verwachte achterstand " + DutchFormat.number(f.expectedBacklog())
                    + ", schemakleur aan het eind " + colour + " (nu " + words.scheduleColour(m.colourToday()) + "), woningen nodig "
                    + DutchFormat.number(f.homesTotal()), link));
        }
        MunicipalityMap.Legend legend = new MunicipalityMap.Legend("de schemakleur aan het eind van het " + period.dutch() + " in "
                + label, MunicipalityMap.SCHEDULE_LEGEND.keys(), null);
        return MunicipalityMap.of(period.year(), positions, withProvinces, legend);
    }

    /** The scenarios' labels, in the comparison's order. */
    static List<String> labels(ScenarioComparison comparison) {
        return comparison.scenarios().stream().map(ScenarioComparison.Head::label).toList();
    }

    private static List<String> differenceHeaders(ScenarioComparison comparison, HalfYear period, boolean municipalities) {
        List<String> headers = new ArrayList<>();
        for (String[] pair : pairs(labels(comparison))) {
            String named = pair[1] + " min " + pair[0];
            headers.addAll(List.of("Verschil taakstelling: " + named, "Verschil verwachte achterstand: " + named,
                    "Verschil woningen: " + named));
            if (municipalities) {
                headers.add("Andere schemakleur: " + named);
            }
        }
        return headers;
    }

    /** Each two scenarios as the comparison gives their differences: {earlier, later}, the later's figures minus the earlier's. */
    private static List<String[]> pairs(List<String> labels) {
        List<String[]> pairs = new ArrayList<>();
        for (int later = 1; later < labels.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                pairs.add(new String[] {labels.get(earlier), labels.get(later)});
            }
        }
        return pairs;
    }

    /** The difference of {@code pair}; null where the two do not both have the half-year. */
    private static Difference difference(List<Difference> differences, String[] pair) {
        return differences.stream().filter(d -> d.from().equals(pair[0]) && d.to().equals(pair[1])).findFirst().orElse(null);
    }

    private static Row areaRow(ScenarioComparison.Area area, HalfYear period, List<String> labels) {
        ScenarioComparison.AreaHalfYear half = area.halfYears().stream().filter(h -> h.period().equals(period.toString()))
                .findFirst().orElse(null);
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(area.name() == null ? area.code() : area.name())));
        for (int i = 0; i < labels.size(); i++) {
            AreaFigures f = half == null || half.scenarios().size() <= i ? null : half.scenarios().get(i);
            cells.addAll(f == null ? List.of(Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty())
                    : List.of(Cell.number(f.quota()), Cell.number(f.expectedBacklog()), Cell.number(f.homesTotal()), Cell.number(f.worse())));
        }
        for (String[] pair : pairs(labels)) {
            Difference d = half == null ? null : difference(half.differences(), pair);
            cells.addAll(d == null ? List.of(Cell.empty(), Cell.empty(), Cell.empty())
                    : List.of(Cell.number(d.quota()), Cell.number(d.expectedBacklog()), Cell.number(d.homesTotal())));
        }
        return new Row(area.code(), null, cells);
    }

    private static Cell colour(Labels words, ScheduleColour colour) {
        if (colour == null) {
            return Cell.empty();
        }
        String text = words.scheduleColour(colour);
        return Cell.styled(text, "schemakleur schemakleur-" + text);
    }
}
