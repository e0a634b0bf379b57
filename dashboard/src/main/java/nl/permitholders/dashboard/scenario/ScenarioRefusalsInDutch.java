package nl.permitholders.dashboard.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.ScenarioComparison;

/**
 * What supervision refused of a comparison (400 naming the field, 409 for a municipality without a population), said in
 * Dutch on the page, by the scenario's name and the half-year: never its JSON.
 */
final class ScenarioRefusalsInDutch {

    private static final Pattern HALF_YEAR = Pattern.compile("scenarios\\[(\\d+)]\\.halfYears\\[(\\d+)]\\.(period|nationalTotal)");
    private static final Pattern SCENARIO = Pattern.compile("scenarios\\[(\\d+)].*");
    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");
    /** An assumption of a compared scenario, or of one kept (keepScenario names it without a scenario). */
    private static final Pattern ASSUMPTION = Pattern.compile("(?:scenarios\\[\\d+]\\.)?assumptions\\.(\\w+)(?:\\[\\d+](?:\\.\\w+)?)?");
    private static final Pattern AT_MOST = Pattern.compile("must be less than or equal to (-?\\d+)");
    private static final Pattern AT_LEAST = Pattern.compile("must be greater than or equal to (-?\\d+)");

    private ScenarioRefusalsInDutch() {
    }

    /** Each field {@code refused} names, in Dutch; for a refusal naming none, what its status means. */
    static List<String> of(Refusal refused, ScenarioComparison.Request asked) {
        if (refused.status() == 409) {
            String named = refused.invalidParams().stream().map(p -> p.name() + " " + p.reason())
                    .map(MUNICIPALITY::matcher).filter(Matcher::find).map(Matcher::group).findFirst().orElse(null);
            return List.of("Van " + (named == null ? "een gemeente" : "gemeente " + named) + " is geen inwonertal bekend op de "
                    + "peildatum van de verdeling (R1): de verdeling kan nog niet worden berekend, en het Rijk zou haar net zo "
                    + "weigeren. Kies een ander halfjaar of wacht tot het inwonertal bekend is.");
        }
        if (refused.invalidParams().isEmpty()) {
            return List.of("De vergelijking is geweigerd. Controleer de scenario's en probeer het opnieuw.");
        }
        return refused.invalidParams().stream().filter(p -> !ASSUMPTION.matcher(p.name()).matches()).map(p -> of(p.name(), asked))
                .distinct().toList();
    }

    /**
     * The assumptions {@code refused} names, by supervision's name of each (forecast, paceMonths, ...), with why in Dutch:
     * the form says them beside their fields ({@link ScenarioForm#refused}). The same assumption of several scenarios once.
     */
    static Map<String, String> assumptions(Refusal refused) {
        Map<String, String> said = new LinkedHashMap<>();
        for (Refusal.InvalidParam p : refused.invalidParams()) {
            Matcher assumption = ASSUMPTION.matcher(p.name());
            if (assumption.matches()) {
                said.putIfAbsent(assumption.group(1), assumption.group(1).equals(ScenarioForm.MixFields.API_NAME)
                        ? mixReason(p.reason()) : reason(p.reason()));
            }
        }
        return said;
    }

    /** Why supervision refused the stated mix, in Dutch: persons that do not fit their kind of home, or no household at all. */
    static String mixReason(String reason) {
        String text = reason == null ? "" : reason;
        if (text.startsWith("must fit")) {
            return "de personen passen niet bij de huishoudens van die soort woning (een kamer is voor 1 persoon, een kleine "
                    + "woning voor 2 of 3, een gezinswoning voor 4 tot en met 6, een grote gezinswoning voor 7 of meer)";
        }
        if (text.contains("at least one household")) {
            return "vul ten minste één huishouden in";
        }
        return reason(reason);
    }

    /** Bean Validation's bounds said in Dutch; any other reason as a refusal without the English. */
    static String reason(String reason) {
        String text = reason == null ? "" : reason;
        Matcher atMost = AT_MOST.matcher(text);
        if (atMost.find()) {
            return "mag ten hoogste " + atMost.group(1) + " zijn";
        }
        Matcher atLeast = AT_LEAST.matcher(text);
        if (atLeast.find()) {
            return "moet ten minste " + atLeast.group(1) + " zijn";
        }
        return "wordt niet aanvaard";
    }

    static String of(String field, ScenarioComparison.Request asked) {
        Matcher halfYear = HALF_YEAR.matcher(field);
        if (halfYear.matches() && asked.scenarios().get(Integer.parseInt(halfYear.group(1))).halfYears() != null) {
            ScenarioComparison.Stated scenario = asked.scenarios().get(Integer.parseInt(halfYear.group(1)));
            ScenarioComparison.NationalTotal total = scenario.halfYears().get(Integer.parseInt(halfYear.group(2)));
            String where = "Scenario " + scenario.label() + ", " + HalfYear.parse("period", total.period()).dutch() + ": ";
            return where + (halfYear.group(3).equals("period")
                    ? "dit halfjaar kan niet in een scenario; kies het lopende halfjaar of een van de vijf daarna."
                    : "het landelijk totaal moet van 0 tot en met 1.000.000 zijn.");
        }
        Matcher scenario = SCENARIO.matcher(field);
        if (scenario.matches()) {
            int index = Integer.parseInt(scenario.group(1));
            ScenarioComparison.Stated named = index < asked.scenarios().size() ? asked.scenarios().get(index) : null;
            String label = named == null ? String.valueOf(index + 1) : named.label();
            return named != null && named.kept() != null
                    ? "Het bewaarde scenario " + label + " kan niet worden vergeleken: het bestaat niet meer of al zijn halfjaren zijn voorbij."
                    : "Scenario " + label + " is niet volledig of niet juist ingevuld.";
        }
        if (field.equals("provinceCode")) {
            return "Deze provincie is onbekend.";
        }
        return "De vergelijking is geweigerd op het veld " + field + ".";
    }
}
