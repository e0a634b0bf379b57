package nl.permitholders.dashboard.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.dashboard.FormFields;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.api.ScenarioComparison;
import nl.permitholders.display.DutchFormat;

/**
 * The comparison page's form, read before anything is sent to supervision: up to three scenarios, each a name and a
 * national total for some of the coming half-years (the current one and up to five after it, as supervision takes
 * them). A total that is not a whole number from 0 to 1,000,000, or a name too long, is a Dutch message naming the
 * scenario and the half-year; supervision checks again. A column may instead compare a kept scenario (the Rijk's, or
 * the province's own), chosen from those supervision lists. A scenario without any total or kept one is left out. The
 * assumptions (forecast basis, pace months, household-mix months, fewest households) hold for every scenario stated
 * here; a blank one takes supervision's default, shown beside it. So does one mix of households for every municipality
 * ({@link MixFields}), stated instead of each one's own. The form checks only that a number is a whole number:
 * supervision judges its range, and its refusal is said beside the field ({@link #refused}).
 */
public record ScenarioForm(List<HalfYear> halfYears, List<Column> columns, List<AssumptionField> assumptions, MixFields mix,
                           List<ScenarioComparison.Kept> kept, List<String> errors, ScenarioComparison.Request request) {

    /** Scenarios compared at most, as supervision's compareScenarios takes them. */
    public static final int SCENARIOS = 3;
    /** The current half-year and the five after it. */
    public static final int HALF_YEARS = 6;
    public static final int MAX_TOTAL = 1_000_000;
    public static final int MAX_NAME = 60;

    /**
     * One scenario's fields as entered, to show again: its name, a total per half-year (blank where none), or the kept
     * scenario chosen ({@code keptValue}, blank where none).
     */
    public record Column(int number, String nameField, String name, List<Field> totals, String keptField, String keptValue) {

        public String defaultName() {
            return "scenario " + number;
        }

        /** The name the comparison gives it: the one entered, else the kept scenario's, else "scenario n". */
        public String label() {
            if (!name.isBlank()) {
                return name.strip();
            }
            return keptValue.isBlank() ? defaultName() : keptValue.substring(keptValue.indexOf(':') + 1);
        }
    }

    /** A national total's field: its name in the query, what was entered and what it is, in Dutch, for a screen reader. */
    public record Field(String name, String value, String label) {
    }

    /** The assumptions' defaults, as supervision's ScenarioLimits and docs/supervision-api.md state them. */
    static final String DEFAULT_FORECAST = "WITH_PLAN";
    static final int DEFAULT_PACE_MONTHS = 6;
    static final int DEFAULT_MIX_MONTHS = 6;
    static final int DEFAULT_MINIMUM_HOUSEHOLDS = 10;

    /**
     * An assumption's field: its name in the query, the name supervision gives it ({@code apiName}), its Dutch label and
     * what it means ({@code hint}), what was entered (blank: the default), the default in Dutch, the choices of a select
     * (none: a whole number), and what is wrong with it in Dutch (null: nothing).
     */
    public record AssumptionField(String name, String apiName, String label, String hint, String value, String defaultText,
                                  List<Choice> choices, String error) {

        /** Whether it is a choice rather than a number. */
        public boolean select() {
            return !choices.isEmpty();
        }

        /** The choice shown chosen: the one entered, else the default. */
        public boolean chosen(Choice choice) {
            return choice.value().equals(value.isEmpty() ? DEFAULT_FORECAST : value);
        }

        AssumptionField refused(String why) {
            return new AssumptionField(name, apiName, label, hint, value, defaultText, choices, why);
        }

        /** The message above the form: the field, what is wrong, and what was entered. */
        String said() {
            return label + ": " + error + (value.isEmpty() ? "" : ", niet \"" + value + "\"") + ".";
        }
    }

    /** A kind of home of the stated mix: supervision's name, the Dutch word, and the persons a household of it holds. */
    enum HomeKind {
        ROOM("kamer", "kamer", "1 persoon"),
        SMALL_HOME("klein", "kleine woning", "2 of 3 personen"),
        FAMILY_HOME("gezin", "gezinswoning", "4 tot en met 6 personen"),
        LARGE_FAMILY_HOME("groot", "grote gezinswoning", "7 personen of meer");

        final String field;
        final String dutch;
        final String persons;

        HomeKind(String field, String dutch, String persons) {
            this.field = field;
            this.dutch = dutch;
            this.persons = persons;
        }
    }

    /** One kind's two fields of the stated mix: what was entered (blank: not stated) under their names in the query. */
    public record MixRow(String kind, String label, String persons, String householdsField, String households,
                         String personsField, String personsValue) {
    }

    /**
     * The mix of households stated for every municipality, a row per kind of home; none filled in: each municipality's own
     * mix, from COA's couplings. {@code error}: what is wrong with it in Dutch (null: nothing).
     */
    public record MixFields(List<MixRow> rows, String error) {

        /** Supervision's name of the assumption, which its refusals name. */
        static final String API_NAME = "householdMix";
        static final String LABEL = "Eigen samenstelling van de huishoudens";

        public boolean stated() {
            return rows.stream().anyMatch(r -> !r.households().isEmpty() || !r.personsValue().isEmpty());
        }

        MixFields refused(String why) {
            return new MixFields(rows, why);
        }

        String said() {
            return LABEL + ": " + error + ".";
        }
    }

    /** A choice of a select: its value and what it says. */
    public record Choice(String value, String text) {
    }

    /** Whether anything was asked: no scenario entered is the empty form, not an error. */
    public boolean asked() {
        return request != null;
    }

    /** The form as {@code query} fills it, without kept scenarios to choose from. */
    public static ScenarioForm read(Map<String, String> query, LocalDate today, String provinceCode) {
        return read(query, today, provinceCode, List.of());
    }

    /**
     * The form as {@code query} fills it, on {@code today}; {@code provinceCode} narrows the comparison (null: the
     * country); {@code kept} the kept scenarios a column may compare instead of totals of its own.
     */
    public static ScenarioForm read(Map<String, String> query, LocalDate today, String provinceCode, List<ScenarioComparison.Kept> kept) {
        List<HalfYear> halfYears = new ArrayList<>();
        for (HalfYear p = HalfYear.containing(today); halfYears.size() < HALF_YEARS; p = p.next()) {
            halfYears.add(p);
        }
        List<Column> columns = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<AssumptionField> assumptions = assumptionFields(query);
        errors.addAll(assumptions.stream().filter(a -> a.error() != null).map(AssumptionField::said).toList());
        MixFields mix = mixFields(query);
        if (mix.error() != null) {
            errors.add(mix.said());
        }
        ScenarioComparison.Assumptions asked = errors.isEmpty() ? assumptions(assumptions, mix) : null;
        List<ScenarioComparison.Stated> stated = new ArrayList<>();
        for (int n = 1; n <= SCENARIOS; n++) {
            String name = query.getOrDefault("naam" + n, "");
            String keptValue = query.getOrDefault("bewaard" + n, "").strip();
            List<Field> fields = new ArrayList<>();
            List<ScenarioComparison.NationalTotal> totals = new ArrayList<>();
            Column column = new Column(n, "naam" + n, name, fields, "bewaard" + n, keptValue);
            Optional<ScenarioComparison.Kept> chosen = kept.stream().filter(k -> k.value().equals(keptValue)).findFirst();
            if (!keptValue.isEmpty() && chosen.isEmpty()) {
                errors.add("Scenario " + n + ": er is geen bewaard scenario \"" + keptValue + "\" om te kiezen.");
            }
            if (name.strip().length() > MAX_NAME) {
                errors.add("Scenario " + n + ": de naam is langer dan " + MAX_NAME + " tekens.");
            }
            for (HalfYear p : halfYears) {
                String field = totalField(n, p);
                String value = query.getOrDefault(field, "").strip();
                fields.add(new Field(field, value, "Scenario " + n + ", landelijk totaal " + p.dutch()));
                if (value.isEmpty()) {
                    continue;
                }
                Optional<Integer> total = FormFields.wholeNumber(value.replace(".", ""), 0, MAX_TOTAL);
                if (total.isEmpty()) {
                    errors.add(where(column, p) + "het landelijk totaal moet een heel getal van 0 tot en met "
                            + DutchFormat.number(MAX_TOTAL) + " zijn, niet \"" + value + "\".");
                } else {
                    totals.add(new ScenarioComparison.NationalTotal(p.toString(), total.get()));
                }
            }
            columns.add(column);
            if (chosen.isPresent() && fields.stream().anyMatch(f -> !f.value().isEmpty())) {
                errors.add("Scenario " + n + " (" + column.label() + "): kies een bewaard scenario of vul landelijke totalen in, niet allebei.");
            } else if (chosen.isPresent()) {
                stated.add(ScenarioComparison.Stated.kept(column.label(), chosen.get().name(), chosen.get().owner()));
            } else if (!totals.isEmpty()) {
                stated.add(ScenarioComparison.Stated.of(column.label(), totals, asked));
            }
        }
        boolean anything = columns.stream().anyMatch(c -> !c.name().isBlank() || !c.keptValue().isEmpty()
                || c.totals().stream().anyMatch(f -> !f.value().isEmpty()));
        if (anything && stated.isEmpty() && errors.isEmpty()) {
            errors.add("Vul voor ten minste één scenario een landelijk totaal in voor een halfjaar, of kies een bewaard scenario.");
        }
        long distinct = stated.stream().map(ScenarioComparison.Stated::label).distinct().count();
        if (distinct < stated.size()) {
            errors.add("Geef elk scenario een eigen naam: twee scenario's heten hetzelfde.");
        }
        ScenarioComparison.Request request = errors.isEmpty() && !stated.isEmpty()
                ? new ScenarioComparison.Request(stated, provinceCode) : null;
        return new ScenarioForm(halfYears, columns, assumptions, mix, List.copyOf(kept), errors, request);
    }

    /**
     * The same form with what supervision refused of its assumptions ({@code refused}: supervision's name of the assumption
     * and why, in Dutch) said beside each field and above the form; what was entered stays.
     */
    public ScenarioForm refused(Map<String, String> refused) {
        if (refused.isEmpty()) {
            return this;
        }
        List<AssumptionField> marked = assumptions.stream()
                .map(a -> refused.containsKey(a.apiName()) ? a.refused(refused.get(a.apiName())) : a).toList();
        List<String> said = new ArrayList<>(errors);
        marked.stream().filter(a -> refused.containsKey(a.apiName())).map(AssumptionField::said).forEach(said::add);
        MixFields mixMarked = refused.containsKey(MixFields.API_NAME) ? mix.refused(refused.get(MixFields.API_NAME)) : mix;
        if (mixMarked.error() != null && mix.error() == null) {
            said.add(mixMarked.said());
        }
        return new ScenarioForm(halfYears, columns, marked, mixMarked, kept, said, request);
    }

    private static List<AssumptionField> assumptionFields(Map<String, String> query) {
        List<AssumptionField> fields = new ArrayList<>();
        String forecast = query.getOrDefault("verwachting", "").strip();
        List<Choice> forecasts = List.of(
                new Choice("WITH_PLAN", "het huidige tempo, met de maatregelen van het plan van aanpak en de geplande capaciteit"),
                new Choice("UNCHANGED_POLICY", "alleen het huidige tempo (ongewijzigd beleid)"));
        boolean known = forecast.isEmpty() || forecasts.stream().anyMatch(c -> c.value().equals(forecast));
        fields.add(new AssumptionField("verwachting", "forecast", "Verwachting", "wat elke gemeente naar verwachting huisvest",
                forecast, "met het plan van aanpak", forecasts, known ? null : "kies een van de verwachtingen"));
        fields.add(number(query, "tempomaanden", "paceMonths", "Maanden van het huidige tempo",
                "het huidige tempo is het aantal gehuisveste personen per maand over zoveel maanden terug", DEFAULT_PACE_MONTHS));
        fields.add(number(query, "mixmaanden", "householdMixMonths", "Maanden van de samenstelling van de huishoudens",
                "de huishoudens van de koppelingen van het COA over zoveel maanden terug bepalen de woningen per soort",
                DEFAULT_MIX_MONTHS));
        fields.add(number(query, "minimumhuishoudens", "minimumHouseholds", "Huishoudens voor een eigen samenstelling",
                "een gemeente met minder huishoudens in die maanden neemt de samenstelling van haar provincie, en anders die van het land",
                DEFAULT_MINIMUM_HOUSEHOLDS));
        return fields;
    }

    private static AssumptionField number(Map<String, String> query, String name, String apiName, String label, String hint,
                                          int byDefault) {
        String value = query.getOrDefault(name, "").strip();
        // only whether it is a number: supervision judges the range and says which (ScenarioRefusalsInDutch)
        boolean whole = value.isEmpty() || FormFields.wholeNumber(value, -MAX_TOTAL, MAX_TOTAL).isPresent();
        return new AssumptionField(name, apiName, label, hint, value, String.valueOf(byDefault), List.of(),
                whole ? null : "moet een heel getal zijn");
    }

    /**
     * The stated mix's fields: per kind of home the households and the persons in them, both or neither (a kind left
     * blank has none of the mix); each a whole number from 0. Whether the persons fit the kind is supervision's to judge.
     */
    private static MixFields mixFields(Map<String, String> query) {
        List<MixRow> rows = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (HomeKind kind : HomeKind.values()) {
            String households = query.getOrDefault("huishoudens-" + kind.field, "").strip();
            String persons = query.getOrDefault("personen-" + kind.field, "").strip();
            rows.add(new MixRow(kind.name(), kind.dutch, kind.persons, "huishoudens-" + kind.field, households, "personen-" + kind.field,
                    persons));
            if (households.isEmpty() != persons.isEmpty()) {
                wrong.add("vul bij " + kind.dutch + " zowel de huishoudens als de personen in");
            } else if (!households.isEmpty() && (FormFields.wholeNumber(households, 0, MAX_TOTAL).isEmpty()
                    || FormFields.wholeNumber(persons, 0, 10 * MAX_TOTAL).isEmpty())) {
                wrong.add("de huishoudens en personen bij " + kind.dutch + " moeten hele getallen vanaf 0 zijn");
            }
        }
        return new MixFields(rows, wrong.isEmpty() ? null : String.join("; ", wrong));
    }

    /** What the fields ask: null where blank (supervision's default), and nothing at all when every one is blank. */
    private static ScenarioComparison.Assumptions assumptions(List<AssumptionField> fields, MixFields mix) {
        String forecast = fields.get(0).value().isEmpty() ? null : fields.get(0).value();
        List<ScenarioComparison.StatedHouseholds> stated = mix.stated() ? mix.rows().stream().filter(r -> !r.households().isEmpty())
                .map(r -> new ScenarioComparison.StatedHouseholds(r.kind(), Integer.parseInt(r.households()), Integer.parseInt(r.personsValue())))
                .toList() : null;
        ScenarioComparison.Assumptions asked = new ScenarioComparison.Assumptions(forecast, whole(fields.get(1)), whole(fields.get(2)),
                whole(fields.get(3)), stated);
        return asked.none() ? null : asked;
    }

    private static Integer whole(AssumptionField field) {
        return field.value().isEmpty() ? null : Integer.valueOf(field.value());
    }

    /** A name a scenario is kept under, as supervision takes it. */
    static final java.util.regex.Pattern KEPT_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /**
     * What keeping column {@code number}'s scenario as {@code name} would send, or the Dutch reason it cannot: the name
     * supervision takes, a scenario stated with totals of its own (a kept one is kept already), a valid form.
     */
    public Kept keep(int number, String name, String description) {
        if (name == null || !KEPT_NAME.matcher(name.strip()).matches()) {
            return Kept.refused("Een naam om onder te bewaren is 1 tot 64 kleine letters, cijfers en streepjes, en begint met een "
                    + "letter of cijfer.");
        }
        if (description != null && description.strip().length() > 500) {
            return Kept.refused("De omschrijving is langer dan 500 tekens.");
        }
        if (request == null || !errors.isEmpty() || number < 1 || number > columns.size()) {
            return Kept.refused("Scenario " + number + " kan niet worden bewaard zolang het formulier niet klopt.");
        }
        Column column = columns.get(number - 1);
        return request.scenarios().stream().filter(s -> s.label().equals(column.label()) && s.halfYears() != null).findFirst()
                .map(s -> new Kept(name.strip(), new ScenarioComparison.Keep(description == null || description.isBlank() ? null
                        : description.strip(), s.halfYears(), s.assumptions()), null))
                .orElse(Kept.refused("Scenario " + number + " heeft geen landelijke totalen van zichzelf om te bewaren."));
    }

    /** A scenario to keep under {@code name}, or why not ({@code refusal}, in Dutch). */
    public record Kept(String name, ScenarioComparison.Keep scenario, String refusal) {

        static Kept refused(String why) {
            return new Kept(null, null, why);
        }
    }

    static String totalField(int scenario, HalfYear period) {
        return "totaal" + scenario + "-" + period;
    }

    private static String where(Column column, HalfYear period) {
        return "Scenario " + column.number() + " (" + column.label() + "), " + period.dutch() + ": ";
    }
}
