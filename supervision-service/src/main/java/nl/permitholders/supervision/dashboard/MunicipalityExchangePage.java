package nl.permitholders.supervision.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.exchange.AgreementState;
import nl.permitholders.supervision.exchange.ExchangeAgreement;
import nl.permitholders.supervision.exchange.ExchangeAgreementService;
import nl.permitholders.supervision.ledger.ExchangeValidity;
import nl.permitholders.display.Table;
import nl.permitholders.display.DutchFormat;

/**
 * A municipality's exchange agreements as its page shows them, and what its own staff may do with them: the
 * agreements awaiting its confirmation (to confirm or decline), its own proposals still open (to withdraw), also those
 * of the municipalities merged into it that it acts for (R3), and for a new proposal the other municipalities of its
 * province and the half-years it may concern.
 */
public record MunicipalityExchangePage(String code, String name, boolean own, Table table, List<String> noLongerHolding,
                                       List<DetailPage.Choice> awaitingUs,
                                       List<DetailPage.Choice> ownOpen, List<DetailPage.Choice> partners,
                                       List<DetailPage.Choice> periods, int reasonMax, String today, String message, String error) {

    static MunicipalityExchangePage of(String code, String name, boolean own, List<ExchangeAgreement> agreements,
                                       Map<UUID, List<ExchangeValidity.Breach>> breaches, Map<String, String> names,
                                       LocalDate today, String message, String error) {
        Table table = ExchangePage.table(name, agreements, breaches, names).withTitle("Uitruil waarin " + name + " partij is");
        List<DetailPage.Choice> awaitingUs = agreements.stream()
                .filter(a -> a.state() == AgreementState.PROPOSED && a.awaiting().stream().anyMatch(a.actedForBy(code, today)::contains))
                .map(a -> choice(a, names)).toList();
        List<DetailPage.Choice> ownOpen = agreements.stream()
                .filter(a -> a.state().open() && a.actedForBy(code, today).contains(a.proposer()))
                .map(a -> choice(a, names)).toList();
        List<DetailPage.Choice> partners = names.entrySet().stream().filter(e -> !e.getKey().equals(code))
                .sorted(Map.Entry.comparingByValue())
                .map(e -> new DetailPage.Choice(e.getKey(), e.getValue())).toList();
        Period current = Period.containing(today);
        List<DetailPage.Choice> periods = List.of(current, current.next()).stream()
                .map(p -> new DetailPage.Choice(p.toString(), Dashboard.dutchPeriod(p))).toList();
        return new MunicipalityExchangePage(code, name, own, table, ExchangePage.noLongerHolding(agreements, breaches, names), awaitingUs, ownOpen, partners, periods, ExchangeAgreementService.REASON_MAX,
                DutchFormat.date(today), message, error);
    }

    private static DetailPage.Choice choice(ExchangeAgreement agreement, Map<String, String> names) {
        return new DetailPage.Choice(agreement.id().toString(), Dashboard.dutchPeriod(agreement.period()) + ": "
                + ExchangePage.changes(agreement, names));
    }
}
