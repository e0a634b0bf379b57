package nl.permitholders.supervision.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.permitholders.display.Table;
import nl.permitholders.display.Table.Cell;
import nl.permitholders.display.Table.Row;
import nl.permitholders.display.TableExport;
import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import nl.permitholders.supervision.scenario.Comparison.AreaHalfYears;
import nl.permitholders.supervision.scenario.Comparison.ComparedArea;
import nl.permitholders.supervision.scenario.Comparison.ComparedMunicipality;
import nl.permitholders.supervision.scenario.Comparison.Head;
import nl.permitholders.supervision.scenario.Comparison.MunicipalityHalfYears;
import nl.permitholders.supervision.scenario.Scenario.AreaHalfYear;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityHalfYear;

/**
 * A comparison (one scenario is a comparison of one) as a workbook in Dutch, numbers as numbers: the municipalities, the
 * homes they need by kind, the provinces, the country, the municipalities that change colour, R1's distribution per
 * half-year, and the assumptions on a sheet of their own. The same figures as the JSON answer.
 */
public final class ScenarioWorkbook {

    private static final Map<String, String> ASSUMPTIONS = Map.ofEntries(
            Map.entry("calculatedOn", "Stand van de cijfers"),
            Map.entry("distribution", "Verdeling"),
            Map.entry("quotasBetween", "Halfjaren tussendoor"),
            Map.entry("scenarioQuotas", "Taakstelling van het scenario"),
            Map.entry("forecast", "Prognose"),
            Map.entry("paceMonths", "Tempo over maanden"),
            Map.entry("reorganisations", "Herindelingen"),
            Map.entry("colour", "Kleur"),
            Map.entry("homesBeyondPipeline", "Te huisvesten buiten de pijplijn"),
            Map.entry("householdMix", "Huishoudsamenstelling"),
            Map.entry("householdMixMonths", "Huishoudsamenstelling over maanden"),
            Map.entry("minimumHouseholds", "Minimum huishoudens"),
            Map.entry("homes", "Omrekening naar woningen"));

    private ScenarioWorkbook() {
    }

    public static byte[] xlsx(Comparison comparison) {
        List<Table> tables = new ArrayList<>();
        tables.add(municipalities(comparison));
        tables.add(homes(comparison));
        tables.add(areas("provincies", "Provincies", comparison.provinces(), comparison.scenarios()));
        if (comparison.country() != null) {
            tables.add(areas("nederland", "Nederland", List.of(comparison.country()), comparison.scenarios()));
        }
        tables.add(colourChanges(comparison));
        tables.add(distributions(comparison));
        tables.add(assumptions(comparison));
        return TableExport.xlsx(tables);
    }

    private static Table municipalities(Comparison comparison) {
        List<String> headers = new ArrayList<>(List.of("Code", "Gemeente", "Provincie", "Halfjaar", "Kleur nu", "Achterstand nu"));
        for (Head s : comparison.scenarios()) {
            String p = s.label() + ": ";
            headers.addAll(List.of(p + "taakstelling", p + "taakstelling nu", p + "achterstand overgenomen", p + "taakstelling inclusief achterstand",
                    p + "verwacht gehuisvest", p + "verwachte achterstand", p + "kleur", p + "kleur wijzigt", p + "te huisvesten buiten de pijplijn",
                    p + "woningen"));
        }
        List<String[]> pairs = pairs(comparison.scenarios());
        headers.addAll(differenceHeaders(pairs));
        List<Row> rows = new ArrayList<>();
        for (ComparedMunicipality m : comparison.municipalities()) {
            for (MunicipalityHalfYears h : m.halfYears()) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(m.municipalityCode()), Cell.text(m.municipalityName()),
                        Cell.text(m.provinceCode()), Cell.text(h.period()), Cell.text(colour(m.colourToday())), Cell.number(m.backlogToday())));
                for (MunicipalityHalfYear s : h.scenarios()) {
                    if (s == null) {
                        for (int i = 0; i < 10; i++) {
                            cells.add(Cell.empty());
                        }
                        continue;
                    }
                    cells.addAll(List.of(Cell.number(s.quota()), s.quotaNow() == null ? Cell.empty() : Cell.number(s.quotaNow()),
                            Cell.number(s.carriedBacklog()), Cell.number(s.adjustedQuota()), Cell.number(s.expectedHoused()),
                            Cell.number(s.expectedBacklog()), Cell.text(colour(s.colour())), Cell.text(s.colourChanged() ? "ja" : "nee"),
                            Cell.number(s.personsBeyondPipeline()), Cell.number(s.homesTotal())));
                }
                cells.addAll(differenceCells(pairs, h.differences()));
                rows.add(new Row(m.municipalityCode(), null, cells));
            }
        }
        return Table.of("gemeenten", "Gemeenten", headers, rows);
    }

    private static Table homes(Comparison comparison) {
        List<String> headers = new ArrayList<>(List.of("Code", "Gemeente", "Provincie", "Halfjaar"));
        for (Head s : comparison.scenarios()) {
            for (HomeKind kind : HomeKind.values()) {
                headers.add(s.label() + ": " + kind(kind));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (ComparedMunicipality m : comparison.municipalities()) {
            for (MunicipalityHalfYears h : m.halfYears()) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(m.municipalityCode()), Cell.text(m.municipalityName()),
                        Cell.text(m.provinceCode()), Cell.text(h.period())));
                for (MunicipalityHalfYear s : h.scenarios()) {
                    for (HomeKind kind : HomeKind.values()) {
                        cells.add(s == null ? Cell.empty() : Cell.number(s.homes().getOrDefault(kind, 0)));
                    }
                }
                rows.add(new Row(m.municipalityCode(), null, cells));
            }
        }
        return Table.of("woningen", "Woningen per soort", headers, rows);
    }

    private static Table areas(String id, String title, List<ComparedArea> areas, List<Head> scenarios) {
        List<String> headers = new ArrayList<>(List.of("Code", "Naam", "Halfjaar"));
        for (Head s : scenarios) {
            String p = s.label() + ": ";
            headers.addAll(List.of(p + "gemeenten", p + "taakstelling", p + "taakstelling nu", p + "verwachte achterstand",
                    p + "verwachte achterstand bruto", p + "te huisvesten buiten de pijplijn", p + "woningen", p + "groen", p + "oranje",
                    p + "rood", p + "slechter dan nu", p + "beter dan nu"));
        }
        List<String[]> pairs = pairs(scenarios);
        headers.addAll(differenceHeaders(pairs));
        List<Row> rows = new ArrayList<>();
        for (ComparedArea area : areas) {
            for (AreaHalfYears h : area.halfYears()) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(area.code()), Cell.text(area.name()), Cell.text(h.period())));
                for (AreaHalfYear s : h.scenarios()) {
                    if (s == null) {
                        for (int i = 0; i < 12; i++) {
                            cells.add(Cell.empty());
                        }
                        continue;
                    }
                    cells.addAll(List.of(Cell.number(s.municipalities()), Cell.number(s.quota()), Cell.number(s.quotaNow()),
                            Cell.number(s.expectedBacklog()), Cell.number(s.grossExpectedBacklog()), Cell.number(s.personsBeyondPipeline()),
                            Cell.number(s.homesTotal()), Cell.number(s.colours().get(Colour.GREEN)), Cell.number(s.colours().get(Colour.ORANGE)),
                            Cell.number(s.colours().get(Colour.RED)), Cell.number(s.worse()), Cell.number(s.better())));
                }
                cells.addAll(differenceCells(pairs, h.differences()));
                rows.add(new Row(area.code(), null, cells));
            }
        }
        return Table.of(id, title, headers, rows);
    }

    private static Table colourChanges(Comparison comparison) {
        List<Row> rows = new ArrayList<>();
        for (Head s : comparison.scenarios()) {
            s.colourChanges().forEach(c -> rows.add(Row.of(List.of(Cell.text(s.label()), Cell.text(c.period()), Cell.text(c.municipalityCode()),
                    Cell.text(c.municipalityName()), Cell.text(c.provinceCode()), Cell.text(colour(c.from())), Cell.text(colour(c.to())),
                    Cell.text(c.worse() ? "slechter" : "beter")))));
        }
        return Table.of("kleurwisselingen", "Kleurwisselingen", List.of("Scenario", "Halfjaar", "Code", "Gemeente", "Provincie",
                "Kleur nu", "Kleur aan het eind", "Richting"), rows);
    }

    private static Table distributions(Comparison comparison) {
        List<Row> rows = new ArrayList<>();
        for (Head s : comparison.scenarios()) {
            s.halfYears().forEach(d -> rows.add(Row.of(List.of(Cell.text(s.label()), Cell.text(d.period()), Cell.number(d.nationalTotal()),
                    Cell.date(d.populationReferenceDate()), Cell.date(d.referenceDateOfR1()), Cell.number(Math.toIntExact(d.nationalPopulation())),
                    Cell.number(d.sumOfQuotas()), Cell.number(d.surplus()), Cell.number(d.municipalities()), Cell.number(d.quotaNow()),
                    d.quotaInScope() == null ? Cell.empty() : Cell.number(d.quotaInScope())))));
        }
        return Table.of("verdeling", "Verdeling (R1)", List.of("Scenario", "Halfjaar", "Landelijke taakstelling", "Peildatum bevolking",
                "Peildatum volgens R1", "Bevolking", "Som van de taakstellingen", "Overschot door afronding", "Gemeenten",
                "Taakstelling nu", "Taakstelling in de provincie"), rows);
    }

    private static Table assumptions(Comparison comparison) {
        List<Row> rows = new ArrayList<>();
        for (Head s : comparison.scenarios()) {
            if (s.kept() != null) {
                rows.add(Row.of(List.of(Cell.text(s.label()), Cell.text("Bewaard scenario"), Cell.text(s.keptBy() + "/" + s.kept()),
                        Cell.text("het werkdocument waaruit dit scenario komt"))));
            }
            s.assumptions().forEach(a -> rows.add(Row.of(List.of(Cell.text(s.label()), Cell.text(ASSUMPTIONS.getOrDefault(a.name(), a.name())),
                    Cell.text(a.value()), Cell.text(a.description())))));
        }
        return Table.of("aannames", "Aannames", List.of("Scenario", "Aanname", "Waarde", "Toelichting"), rows);
    }

    /** For each two scenarios, the later one's quota, expected backlog and homes minus the earlier one's; empty where one lacks them. */
    private static List<Cell> differenceCells(List<String[]> pairs, List<? extends Comparison.Difference> differences) {
        List<Cell> cells = new ArrayList<>();
        for (String[] pair : pairs) {
            Comparison.Difference d = differences.stream().filter(x -> x.from().equals(pair[0]) && x.to().equals(pair[1]))
                    .findFirst().orElse(null);
            cells.addAll(d == null ? List.of(Cell.empty(), Cell.empty(), Cell.empty())
                    : List.of(Cell.number(d.quota()), Cell.number(d.expectedBacklog()), Cell.number(d.homesTotal())));
        }
        return cells;
    }

    /** The headers of {@link #differenceCells}: each two scenarios, the later one's minus the earlier one's. */
    private static List<String> differenceHeaders(List<String[]> pairs) {
        List<String> headers = new ArrayList<>();
        pairs.forEach(pair -> headers.addAll(List.of(pair[1] + " min " + pair[0] + ": taakstelling", pair[1] + " min " + pair[0]
                + ": verwachte achterstand", pair[1] + " min " + pair[0] + ": woningen")));
        return headers;
    }

    /** Each two scenarios, the earlier first, by label. */
    private static List<String[]> pairs(List<Head> scenarios) {
        List<String[]> pairs = new ArrayList<>();
        for (int from = 0; from < scenarios.size(); from++) {
            for (int to = from + 1; to < scenarios.size(); to++) {
                pairs.add(new String[] {scenarios.get(from).label(), scenarios.get(to).label()});
            }
        }
        return pairs;
    }

    private static String colour(Colour colour) {
        return switch (colour) {
            case GREEN -> "groen";
            case ORANGE -> "oranje";
            case RED -> "rood";
        };
    }

    private static String kind(HomeKind kind) {
        return switch (kind) {
            case ROOM -> "kamer (alleenstaande)";
            case SMALL_HOME -> "woning voor 2 of 3";
            case FAMILY_HOME -> "woning voor 4 tot 6";
            case LARGE_FAMILY_HOME -> "woning voor een groot gezin (7+)";
        };
    }
}
