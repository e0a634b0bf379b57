package nl.permitholders.dashboard.reconciliation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.Refusal.InvalidParam;

/**
 * The refusals of COA's file (the API's, in English) as the reconciliation page says them: each refused line named in
 * Dutch ("regel 7, Afgemeld: 'veel' is geen geheel getal"). A refusal the page does not know is shown as the API gives it.
 */
final class CoaRefusalsInDutch {

    private static final Pattern LINE = Pattern.compile("line (\\d+): (.+)");

    /** The API's reason patterns with their Dutch wording; $1, $2 are the pattern's groups. */
    private static final Map<Pattern, String> REASONS = Map.ofEntries(
            Map.entry(Pattern.compile("is empty"), "is leeg"),
            Map.entry(Pattern.compile("'(.*)' is not a whole number .*"), "'$1' is geen geheel getal (schrijf 1234 of 1.234, een negatief getal als -12)"),
            Map.entry(Pattern.compile("'(.*)' is negative: it must be 0 or more"), "'$1' is negatief: het moet 0 of meer zijn"),
            Map.entry(Pattern.compile("'(.*)' is not a date: .*"), "'$1' is geen datum: schrijf dd-mm-jjjj of jjjj-mm-dd"),
            Map.entry(Pattern.compile("'(.*)' lies outside the years 2000 to 2100"), "'$1' ligt buiten de jaren 2000 tot en met 2100"),
            Map.entry(Pattern.compile("'(.*)' is not a CBS municipality code .*"), "'$1' is geen CBS-gemeentecode zoals GM0141 of 0141"),
            Map.entry(Pattern.compile("(\\S+) on (\\S+) appears more than once in the file"), "$1 staat met peildatum $2 meer dan eens in het bestand"),
            Map.entry(Pattern.compile("(\\S+) is not a registered municipality"), "$1 is geen gemeente die het systeem kent"),
            Map.entry(Pattern.compile("(\\S+) is not one of the municipalities of province (\\S+) .*"),
                    "$1 is geen gemeente van provincie $2: u leest alleen de standen van uw eigen provincie in"),
            Map.entry(Pattern.compile("must be a name of at most (\\d+) characters"), "moet een naam van hoogstens $1 tekens zijn"),
            Map.entry(Pattern.compile("column missing .*"), "deze kolom ontbreekt in de kopregel"),
            Map.entry(Pattern.compile("names a column a second time"), "noemt een kolom een tweede keer"),
            Map.entry(Pattern.compile("'(.*)' has the other sign than the file's other lines: .*\\(line \\d+: (-?\\d+) - (-?\\d+) = (-?\\d+), so Stand (-?\\d+)\\)"),
                    "'$1' heeft het andere teken dan de andere regels: $2 − $3 = $4, dus Stand $5"),
            Map.entry(Pattern.compile("most lines have the other sign .* under the convention COA \\(lines ([0-9, ]+)\\): .*"),
                    "de meeste regels (regels $1) hebben het andere teken: het COA schrijft een achterstand negatief (Stand = Afgemeld − Gecorrigeerde "
                            + "taakstelling, -117 voor 117 achter) en een voorsprong positief. Schrijf het bestand zo, of kies "
                            + "hieronder dat het bestand een achterstand positief schrijft"),
            Map.entry(Pattern.compile("most lines have the other sign .* under the convention BACKLOG_POSITIVE \\(lines ([0-9, ]+)\\): .*"),
                    "de meeste regels (regels $1) hebben het andere teken dan gekozen: het bestand schrijft een achterstand negatief, zoals het COA. "
                            + "Kies hieronder de schrijfwijze van het COA"),
            Map.entry(Pattern.compile("is not UTF-8 text.*"), "is geen UTF-8-tekst: sla de CSV op als \"CSV UTF-8\""),
            Map.entry(Pattern.compile("cannot be read as CSV after its first (\\d+) lines.*"),
                    "is na de eerste $1 regels niet als CSV te lezen: een veld tussen dubbele aanhalingstekens is niet gesloten"),
            Map.entry(Pattern.compile("is not an \\.xlsx workbook that can be read"), "is geen leesbaar Excel-bestand (.xlsx)"),
            Map.entry(Pattern.compile("has no sheet"), "heeft geen werkblad"),
            Map.entry(Pattern.compile("has a header but no lines"), "heeft een kopregel maar geen regels"),
            Map.entry(Pattern.compile("is empty: .*"), "is leeg: verwacht een kopregel (Gemeentecode;Peildatum;Taakstelling;"
                    + "Gecorrigeerde taakstelling;Afgemeld;Stand) en een regel per gemeente"),
            Map.entry(Pattern.compile("has more than (\\d+) lines"), "heeft meer dan $1 regels"));

    private CoaRefusalsInDutch() {
    }

    static List<String> of(Refusal refused) {
        return refused.invalidParams().stream().map(CoaRefusalsInDutch::of).toList();
    }

    static String of(InvalidParam refusal) {
        return where(refusal.name()) + ": " + reason(refusal.reason());
    }

    /** "line 7: Afgemeld" → "regel 7, Afgemeld"; "file" → "het bestand"; "Stand" → "kolom Stand". */
    private static String where(String name) {
        Matcher line = LINE.matcher(name);
        if (line.matches()) {
            return "regel " + line.group(1) + ", " + line.group(2);
        }
        return "file".equals(name) ? "het bestand" : "kolom " + name;
    }

    private static String reason(String reason) {
        for (Map.Entry<Pattern, String> dutch : REASONS.entrySet()) {
            Matcher matcher = dutch.getKey().matcher(reason);
            if (matcher.matches()) {
                return matcher.replaceFirst(dutch.getValue());
            }
        }
        return reason;
    }
}
