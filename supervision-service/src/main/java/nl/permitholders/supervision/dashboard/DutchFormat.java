package nl.permitholders.supervision.dashboard;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.actionplan.MeasureStatus;
import nl.permitholders.supervision.actionplan.Term;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * How the dashboard writes numbers, dates and the domain's names for province staff: Dutch (nl-NL), as the Dutch
 * government writes them ("1 januari 2025", "1.234"). The API keeps ISO dates and English enum names.
 */
public final class DutchFormat {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DUTCH);

    private static final Map<Stage, String> STAGES = Map.of(
            Stage.NONE, "geen",
            Stage.SIGNAL, "signaal",
            Stage.OFFICIAL_TALK, "ambtelijk gesprek",
            Stage.ADMINISTRATIVE_AGREEMENTS, "bestuurlijke afspraken",
            Stage.SUBSTITUTION_ANNOUNCED, "indeplaatsstelling aangekondigd",
            Stage.SUBSTITUTION_DECIDED, "indeplaatsstelling besloten",
            Stage.SUBSTITUTION_EXECUTED, "indeplaatsstelling uitgevoerd");

    private static final Map<Verdict, String> VERDICTS = Map.of(
            Verdict.MET, "gehaald",
            Verdict.NOT_MET_EXCUSABLE, "niet gehaald, verschoonbaar (te weinig gekoppeld)",
            Verdict.NOT_MET, "niet gehaald");

    private static final Map<EntryKind, String> ENTRY_KINDS = Map.ofEntries(
            Map.entry(EntryKind.OPENING_BALANCE, "beginstand achterstand"),
            Map.entry(EntryKind.QUOTA, "taakstelling"),
            Map.entry(EntryKind.COUPLED, "gekoppeld"),
            Map.entry(EntryKind.COUPLING_CORRECTED, "koppeling gecorrigeerd"),
            Map.entry(EntryKind.HOUSED, "gehuisvest"),
            Map.entry(EntryKind.REVOKED, "huisvesting ingetrokken"),
            Map.entry(EntryKind.REUNIFIED, "nareizigers aangekomen"),
            Map.entry(EntryKind.CANCELLED, "koppeling vervallen"),
            Map.entry(EntryKind.ALLOCATED, "woning toegewezen"),
            Map.entry(EntryKind.EXCHANGE, "uitruil taakstelling"),
            Map.entry(EntryKind.CAPACITY_PLANNED, "capaciteit gepland"),
            Map.entry(EntryKind.CAPACITY_DELIVERED, "capaciteit opgeleverd"));

    /** The advisor's reasons (InterventionAdvisor, English in the API) as the dashboard says them. */
    private static final Map<String, String> ADVICE_REASONS = Map.of(
            "no deadline has passed yet", "nog geen peildatum voorbij",
            "the last deadline was met", "de laatste peildatum is gehaald",
            "the shortfall at the last deadline is excusable: COA coupled too few persons",
            "het tekort op de laatste peildatum is verschoonbaar: het COA koppelde te weinig personen",
            "the backlog grew at each of the last four deadlines", "de achterstand groeide op elk van de laatste vier peildata",
            "not met at the last deadline", "niet gehaald op de laatste peildatum",
            "not met at the last two deadlines in a row", "niet gehaald op de laatste twee peildata op rij");
    private static final java.util.regex.Pattern MISSED_IN_A_ROW =
            java.util.regex.Pattern.compile("not met at the last (\\d+) deadlines in a row");
    /** The part of a reason that names the deadline that opened the chain (InterventionAdvisor). */
    private static final java.util.regex.Pattern COUNTS_OPENING_DEADLINE = java.util.regex.Pattern.compile(
            "(.*); counting the deadline that opened the chain, (\\d{4}-\\d{2}-\\d{2}), behind by the opening balance of (\\d+)");

    private DutchFormat() {
    }

    /** An advice's reason in Dutch; a reason this does not know yet is shown as the API gives it. */
    public static String adviceReason(String reason) {
        if (reason == null) {
            return "";
        }
        var opening = COUNTS_OPENING_DEADLINE.matcher(reason);
        if (opening.matches()) {
            return adviceReason(opening.group(1)) + "; meegeteld is de peildatum waarop de reeks begon, "
                    + date(LocalDate.parse(opening.group(2))) + ", met een achterstand (beginstand) van "
                    + number(Integer.parseInt(opening.group(3)));
        }
        var missed = MISSED_IN_A_ROW.matcher(reason);
        if (missed.matches()) {
            return "niet gehaald op de laatste " + missed.group(1) + " peildata op rij";
        }
        return ADVICE_REASONS.getOrDefault(reason, reason);
    }

    /** 1234 → "1.234", -56 → "-56". */
    public static String number(int value) {
        // NumberFormat is not thread-safe: one per call.
        return NumberFormat.getIntegerInstance(DUTCH).format(value);
    }

    /** 2.5 → "2,5". */
    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** 2025-01-01 → "1 januari 2025"; nothing → "". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 2025-03 → "maart 2025". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** 2025-H1 → "1e halfjaar 2025". */
    public static String period(Period period) {
        return period.half() + "e halfjaar " + period.year();
    }

    public static String period(String period) {
        return period == null ? "" : period(Period.parse(period));
    }

    public static String stage(Stage stage) {
        return STAGES.get(stage);
    }

    public static String verdict(Verdict verdict) {
        return verdict == null ? "nog geen oordeel" : VERDICTS.get(verdict);
    }

    public static String entryKind(EntryKind kind) {
        return ENTRY_KINDS.get(kind);
    }

    /** A ledger line's kind, for a cancelled coupling with COA's reason: "koppeling vervallen: elders gekoppeld". */
    public static String entryKind(EntryKind kind, CancellationReason reason) {
        if (reason == null) {
            return entryKind(kind);
        }
        return entryKind(kind) + ": " + switch (reason) {
            case WITHDRAWN -> "ingetrokken door het COA";
            case RECOUPLED -> "elders gekoppeld";
        };
    }

    public static String term(Term term) {
        return switch (term) {
            case SHORT -> "korte termijn";
            case MEDIUM -> "middellange termijn";
            case LONG -> "lange termijn";
        };
    }

    public static String measureStatus(MeasureStatus status) {
        return switch (status) {
            case PLANNED -> "gepland";
            case IN_PROGRESS -> "in uitvoering";
            case DONE -> "afgerond";
            case DROPPED -> "vervallen";
        };
    }

    public static String standing(Standing standing) {
        return switch (standing) {
            case NOT_STARTED -> "nog niet begonnen";
            case BEHIND -> "achter";
            case ON_TRACK -> "op koers";
        };
    }
}
