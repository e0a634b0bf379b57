package nl.permitholders.dashboard.exchange;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.api.Agreement;
import nl.permitholders.dashboard.api.QuotaStatus;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.Table;

/**
 * The exchange agreements (R2) with a municipality of the province, as the page shows them: per agreement the
 * half-year, each party's change, where it stands and its last step; and, for province staff, the confirmed agreements
 * whose parties all lie in the province, which they may register or refuse.
 */
public record ExchangePage(String provinceCode, String provinceName, Table table, List<String> noLongerHolding, boolean mayRegister,
                           List<Choice> registrable, int reasonMax, String today, String message, String error) {

    public static final List<String> HEADERS = List.of("Halfjaar", "Gemeenten en wijzigingen", "Staat", "Voorgesteld",
            "Laatste stap", "Reden van de uitruil");

    /** The longest reason of an agreement, a refusal or a decline supervision keeps. */
    public static final int REASON_MAX = 500;

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** @param names the names of the province's municipalities; a party outside it shows its code */
    public static Table table(String provinceName, List<Agreement> agreements, Map<String, String> names) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = agreements.stream().map(agreement -> {
            Agreement.Step proposed = agreement.history().get(0);
            Agreement.Step last = agreement.history().get(agreement.history().size() - 1);
            String lastStep = (last.step() == null ? "" : labels.agreementStep(last.step())) + " door " + last.author() + " op "
                    + date(last.at()) + (last.reason() == null ? "" : ": " + last.reason());
            String state = agreement.state() == null ? "" : labels.agreementState(agreement.state());
            return new Row(agreement.id(), null, List.of(
                    new Cell(agreement.period(), HalfYear.parse("period", agreement.period()).dutch(), null),
                    Cell.text(changes(agreement, names)),
                    !agreement.breaches().isEmpty()
                            ? Cell.styled(state + ", geldt niet meer voor " + agreement.breaches().stream()
                                    .map(b -> name(b.municipalityCode(), names)).collect(Collectors.joining(", ")), "uitruil-geldt-niet-meer")
                            : Cell.styled(state, agreement.state() == null ? "" : "uitruil-" + agreement.state().name().toLowerCase(Locale.ROOT)),
                    Cell.text(name(agreement.proposedBy(), names) + ", door " + proposed.author() + " op " + date(proposed.at())),
                    Cell.text(lastStep),
                    Cell.text(agreement.reason())));
        }).toList();
        return Table.of("uitruil", "Uitruil tussen gemeenten, " + provinceName, HEADERS, rows);
    }

    /**
     * For each party of a registered agreement whose adjusted quota a later fact took below zero, what the page says:
     * the agreement, the party and the numbers (R2).
     */
    public static List<String> noLongerHolding(List<Agreement> agreements, Map<String, String> names) {
        return agreements.stream().flatMap(agreement -> agreement.breaches().stream().map(b -> "De uitruil van "
                + HalfYear.parse("period", agreement.period()).dutch() + " (" + changes(agreement, names) + ") geldt niet meer voor "
                + name(b.municipalityCode(), names) + ": haar gecorrigeerde taakstelling is " + DutchFormat.number(b.adjustedQuota())
                + " (meegenomen achterstand " + DutchFormat.number(b.carriedBacklog()) + ", "
                + (b.quotaStatus() == QuotaStatus.PROVISIONAL ? "voorlopige " : "") + "taakstelling "
                + DutchFormat.number(b.quota()) + ", uitgeruild " + signed(b.exchanges()) + ") en mag niet onder nul komen. "
                + "De cijfers tellen de feiten; de gemeenten of het Rijk moeten de uitruil herzien."))
                .toList();
    }

    /**
     * The confirmed agreements whose parties all lie in the province, or after a merger the municipalities holding their
     * half-year (R3): those its staff may register or refuse.
     */
    public static List<Choice> registrable(List<Agreement> agreements, Map<String, String> names) {
        return agreements.stream()
                .filter(agreement -> agreement.state() == Agreement.State.CONFIRMED)
                .filter(agreement -> names.keySet().containsAll(agreement.holders()))
                .map(agreement -> choice(agreement, names))
                .toList();
    }

    /** An agreement as a form offers it: "1e halfjaar 2025: Almelo taakstelling +1; Hengelo taakstelling -1". */
    static Choice choice(Agreement agreement, Map<String, String> names) {
        return new Choice(agreement.id(), HalfYear.parse("period", agreement.period()).dutch() + ": " + changes(agreement, names));
    }

    static String changes(Agreement agreement, Map<String, String> names) {
        return agreement.changes().stream().map(change -> change(change, names)).collect(Collectors.joining("; "));
    }

    /** A party's change; a party merged into another that holds its part (R3) is shown as agreed, with where it is now. */
    private static String change(Agreement.Change change, Map<String, String> names) {
        String party = name(change.municipalityCode(), names)
                + (change.heldBy() == null ? "" : " (nu deel van " + name(change.heldBy(), names) + ")");
        String text = party + " taakstelling " + signed(change.delta());
        return change.backlogTransfer() == 0 ? text : text + ", achterstand " + signed(change.backlogTransfer());
    }

    private static String name(String code, Map<String, String> names) {
        return names.getOrDefault(code, code);
    }

    private static String signed(int value) {
        return value > 0 ? "+" + DutchFormat.number(value) : DutchFormat.number(value);
    }

    private static String date(Instant at) {
        return at == null ? "" : DutchFormat.date(at.atZone(NETHERLANDS).toLocalDate());
    }
}
