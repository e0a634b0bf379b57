package nl.permitholders.dashboard.scenario;

import java.util.List;
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
        return refused.invalidParams().stream().map(p -> of(p.name(), asked)).distinct().toList();
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
