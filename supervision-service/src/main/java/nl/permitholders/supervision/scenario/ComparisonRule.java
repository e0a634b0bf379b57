package nl.permitholders.supervision.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import nl.permitholders.supervision.scenario.Comparison.AreaDifference;
import nl.permitholders.supervision.scenario.Comparison.AreaHalfYears;
import nl.permitholders.supervision.scenario.Comparison.ComparedArea;
import nl.permitholders.supervision.scenario.Comparison.ComparedMunicipality;
import nl.permitholders.supervision.scenario.Comparison.Head;
import nl.permitholders.supervision.scenario.Comparison.MunicipalityDifference;
import nl.permitholders.supervision.scenario.Comparison.MunicipalityHalfYears;
import nl.permitholders.supervision.scenario.Scenario.AreaHalfYear;
import nl.permitholders.supervision.scenario.Scenario.AreaOutlook;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityHalfYear;
import nl.permitholders.supervision.scenario.Scenario.MunicipalityOutlook;

/**
 * Scenarios side by side: every municipality, province and the country, each half-year of any scenario, with each
 * scenario's figures and, for each two scenarios that both have the half-year, the later one's minus the earlier one's
 * (the quota, the expected backlog, the persons and homes beyond the pipeline, the colour). Scenarios calculated on the
 * same day from the same figures differ only by what they state.
 */
public final class ComparisonRule {

    private ComparisonRule() {
    }

    /** A calculated scenario with its label in the comparison and, for a kept one, its name and owner. */
    public record Labelled(String label, String kept, String keptBy, Scenario scenario) {
    }

    public static Comparison compare(List<Labelled> scenarios) {
        Scenario first = scenarios.get(0).scenario();
        TreeSet<String> periods = new TreeSet<>();
        scenarios.forEach(s -> s.scenario().halfYears().forEach(d -> periods.add(d.period())));

        Map<String, MunicipalityOutlook> municipalities = new TreeMap<>();
        List<Map<String, MunicipalityOutlook>> byCode = new ArrayList<>();
        for (Labelled s : scenarios) {
            Map<String, MunicipalityOutlook> codes = new TreeMap<>();
            s.scenario().municipalities().forEach(m -> codes.put(m.municipalityCode(), m));
            byCode.add(codes);
            codes.forEach(municipalities::putIfAbsent);
        }
        List<ComparedMunicipality> compared = new ArrayList<>();
        for (MunicipalityOutlook m : municipalities.values()) {
            List<MunicipalityHalfYears> halfYears = new ArrayList<>();
            for (String period : periods) {
                List<MunicipalityHalfYear> each = byCode.stream().map(codes -> halfYear(codes.get(m.municipalityCode()), period)).toList();
                if (each.stream().allMatch(Objects::isNull)) {
                    continue;
                }
                halfYears.add(new MunicipalityHalfYears(period, each, municipalityDifferences(scenarios, each)));
            }
            compared.add(new ComparedMunicipality(m.municipalityCode(), m.municipalityName(), m.provinceCode(), m.colourToday(),
                    m.backlogToday(), halfYears));
        }

        Map<String, String> provinceNames = new TreeMap<>();
        scenarios.forEach(s -> s.scenario().provinces().forEach(p -> provinceNames.putIfAbsent(p.code(), p.name())));
        List<ComparedArea> provinces = provinceNames.entrySet().stream().map(p -> area(p.getKey(), p.getValue(), periods, scenarios,
                s -> s.provinces().stream().filter(a -> a.code().equals(p.getKey())).findFirst().orElse(null))).toList();
        ComparedArea country = first.country() == null ? null
                : area(first.country().code(), first.country().name(), periods, scenarios, Scenario::country);
        List<Head> heads = scenarios.stream().map(s -> new Head(s.label(), s.kept(), s.keptBy(), s.scenario().halfYears(),
                s.scenario().assumptions(), s.scenario().colourChanges())).toList();
        return new Comparison(first.calculatedOn(), first.provinceCode(), heads, List.copyOf(periods), compared, provinces, country, null);
    }

    private static MunicipalityHalfYear halfYear(MunicipalityOutlook municipality, String period) {
        return municipality == null ? null
                : municipality.halfYears().stream().filter(h -> h.period().equals(period)).findFirst().orElse(null);
    }

    private static List<MunicipalityDifference> municipalityDifferences(List<Labelled> scenarios, List<MunicipalityHalfYear> each) {
        return differences(scenarios, each, (from, to, a, b) -> new MunicipalityDifference(from, to, b.quota() - a.quota(),
                b.expectedBacklog() - a.expectedBacklog(), b.personsBeyondPipeline() - a.personsBeyondPipeline(),
                minus(b.homes(), a.homes(), HomeKind.class), b.homesTotal() - a.homesTotal(), a.colour(), b.colour(), a.colour() != b.colour()));
    }

    /** What one scenario's figures {@code b} differ from another's {@code a}, labelled from and to. */
    private interface Subtraction<T, D> {
        D of(String from, String to, T a, T b);
    }

    /** For each two scenarios, the earlier first, that both have figures: the later one's minus the earlier one's. */
    private static <T, D> List<D> differences(List<Labelled> scenarios, List<T> each, Subtraction<T, D> subtraction) {
        List<D> differences = new ArrayList<>();
        for (int from = 0; from < each.size(); from++) {
            for (int to = from + 1; to < each.size(); to++) {
                if (each.get(from) != null && each.get(to) != null) {
                    differences.add(subtraction.of(scenarios.get(from).label(), scenarios.get(to).label(), each.get(from), each.get(to)));
                }
            }
        }
        return differences;
    }

    private static ComparedArea area(String code, String name, TreeSet<String> periods, List<Labelled> scenarios,
                                     Function<Scenario, AreaOutlook> of) {
        List<AreaHalfYears> halfYears = new ArrayList<>();
        for (String period : periods) {
            List<AreaHalfYear> each = scenarios.stream().map(s -> of.apply(s.scenario())).map(area -> area == null ? null
                    : area.halfYears().stream().filter(h -> h.period().equals(period)).findFirst().orElse(null)).toList();
            List<AreaDifference> differences = differences(scenarios, each, (from, to, a, b) -> new AreaDifference(from, to,
                    b.quota() - a.quota(), b.expectedBacklog() - a.expectedBacklog(), b.grossExpectedBacklog() - a.grossExpectedBacklog(),
                    b.personsBeyondPipeline() - a.personsBeyondPipeline(), minus(b.homes(), a.homes(), HomeKind.class),
                    b.homesTotal() - a.homesTotal(), minus(b.colours(), a.colours(), Colour.class)));
            halfYears.add(new AreaHalfYears(period, each, differences));
        }
        return new ComparedArea(code, name, halfYears);
    }

    /** {@code b} minus {@code a} per key, a key absent counting 0; keys whose difference is 0 left out. */
    private static <K extends Enum<K>> Map<K, Integer> minus(Map<K, Integer> b, Map<K, Integer> a, Class<K> keys) {
        Map<K, Integer> difference = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            int d = b.getOrDefault(key, 0) - a.getOrDefault(key, 0);
            if (d != 0) {
                difference.put(key, d);
            }
        }
        return difference;
    }
}
