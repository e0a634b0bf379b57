package nl.permitholders.supervision.dashboard;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.supervision.exchange.AgreementChange;
import nl.permitholders.supervision.exchange.AgreementState;
import nl.permitholders.supervision.exchange.AgreementStep;
import nl.permitholders.supervision.exchange.ExchangeAgreement;
import nl.permitholders.supervision.ledger.ExchangeValidity;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.display.Table;
import nl.permitholders.display.DutchFormat;

/**
 * The exchange agreements (R2) with a municipality of the province, as the page shows them: per agreement the
 * half-year, each party's change, where it stands and its last step; and, for province staff, the confirmed agreements
 * whose parties all lie in the province, which they may register or refuse.
 */
public record ExchangePage(String provinceCode, String provinceName, Table table, List<String> noLongerHolding, boolean mayRegister,
                           List<DetailPage.Choice> registrable, int reasonMax, String today, String message, String error) {

    public static final List<String> HEADERS = List.of("Halfjaar", "Gemeenten en wijzigingen", "Staat", "Voorgesteld",
            "Laatste stap", "Reden van de uitruil");

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /**
     * @param breaches per registered agreement, the parties for whom a later fact broke it ({@link ExchangeValidity})
     * @param names    the names of the province's municipalities; a party outside it shows its code
     */
    public static Table table(String provinceName, List<ExchangeAgreement> agreements, Map<UUID, List<ExchangeValidity.Breach>> breaches,
                              Map<String, String> names) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = agreements.stream().map(agreement -> {
            AgreementStep proposed = agreement.steps().get(0);
            AgreementStep last = agreement.lastStep();
            String lastStep = labels.agreementStep(last.kind()) + " door " + last.author() + " op " + date(last.at())
                    + (last.reason() == null ? "" : ": " + last.reason());
            return new Row(agreement.id().toString(), null, List.of(
                    new Cell(agreement.period().toString(), Dashboard.dutchPeriod(agreement.period()), null),
                    Cell.text(changes(agreement, names)),
                    breaches.containsKey(agreement.id())
                            ? Cell.styled(labels.agreementState(agreement.state()) + ", geldt niet meer voor "
                                    + breaches.get(agreement.id()).stream().map(b -> name(b.municipalityCode(), names))
                                    .collect(Collectors.joining(", ")), "uitruil-geldt-niet-meer")
                            : Cell.styled(labels.agreementState(agreement.state()), "uitruil-" + agreement.state().name().toLowerCase()),
                    Cell.text(name(agreement.proposer(), names) + ", door " + proposed.author() + " op " + date(proposed.at())),
                    Cell.text(lastStep),
                    Cell.text(agreement.reason())));
        }).toList();
        return Table.of("uitruil", "Uitruil tussen gemeenten, " + provinceName, HEADERS, rows);
    }

    /**
     * For each party of a registered agreement whose adjusted quota a later fact took below zero, what the page says:
     * the agreement, the party and the numbers (R2).
     */
    public static List<String> noLongerHolding(List<ExchangeAgreement> agreements, Map<UUID, List<ExchangeValidity.Breach>> breaches,
                                               Map<String, String> names) {
        return agreements.stream().filter(agreement -> breaches.containsKey(agreement.id()))
                .flatMap(agreement -> breaches.get(agreement.id()).stream().map(b -> "De uitruil van "
                        + Dashboard.dutchPeriod(agreement.period()) + " (" + changes(agreement, names) + ") geldt niet meer voor "
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
    public static List<DetailPage.Choice> registrable(List<ExchangeAgreement> agreements, Map<String, String> names) {
        return agreements.stream()
                .filter(agreement -> agreement.state() == AgreementState.CONFIRMED)
                .filter(agreement -> names.keySet().containsAll(agreement.holders()))
                .map(agreement -> new DetailPage.Choice(agreement.id().toString(),
                        Dashboard.dutchPeriod(agreement.period()) + ": " + changes(agreement, names)))
                .toList();
    }

    static String changes(ExchangeAgreement agreement, Map<String, String> names) {
        return agreement.changes().stream().map(change -> change(agreement, change, names)).collect(Collectors.joining("; "));
    }

    /** A party's change; a party merged into another that holds its part (R3) is shown as agreed, with where it is now. */
    private static String change(ExchangeAgreement agreement, AgreementChange change, Map<String, String> names) {
        String holder = agreement.holderOf(change.municipalityCode());
        String party = name(change.municipalityCode(), names)
                + (holder.equals(change.municipalityCode()) ? "" : " (nu deel van " + name(holder, names) + ")");
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
        return DutchFormat.date(at.atZone(NETHERLANDS).toLocalDate());
    }
}
