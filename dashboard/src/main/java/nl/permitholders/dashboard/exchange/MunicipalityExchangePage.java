package nl.permitholders.dashboard.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.EndedMunicipality;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.api.Agreement;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.Table;

/**
 * A municipality's exchange agreements as its page shows them, and what its own staff may do with them: the
 * agreements awaiting its confirmation (to confirm or decline), its own proposals still open (to withdraw), also those
 * of the municipalities merged into it that it acts for (R3), and for a new proposal the other municipalities of its
 * province and the half-years it may concern. A municipality that has ended ({@code ended}) says so and offers no forms:
 * its agreements are read as they were.
 */
public record MunicipalityExchangePage(String code, String name, EndedMunicipality ended, boolean own, Table table, List<String> noLongerHolding,
                                       List<Choice> awaitingUs, List<Choice> ownOpen, List<Choice> partners, List<Choice> periods,
                                       int reasonMax, String today, String message, String error) {

    static MunicipalityExchangePage of(String code, String name, EndedMunicipality ended, boolean own, List<Agreement> agreements, Map<String, String> names,
                                       LocalDate today, String message, String error) {
        Table table = ExchangePage.table(name, agreements, names).withTitle("Uitruil waarin " + name + " partij is");
        List<Choice> awaitingUs = agreements.stream()
                .filter(a -> a.state() == Agreement.State.PROPOSED && a.awaiting().stream().anyMatch(a.actedForBy(code)::contains))
                .map(a -> ExchangePage.choice(a, names)).toList();
        List<Choice> ownOpen = agreements.stream()
                .filter(a -> a.state() != null && a.state().open() && a.actedForBy(code).contains(a.proposedBy()))
                .map(a -> ExchangePage.choice(a, names)).toList();
        List<Choice> partners = names.entrySet().stream().filter(e -> !e.getKey().equals(code))
                .sorted(Map.Entry.comparingByValue())
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
        HalfYear current = HalfYear.containing(today);
        List<Choice> periods = List.of(current, current.next()).stream().map(p -> new Choice(p.toString(), p.dutch())).toList();
        return new MunicipalityExchangePage(code, name, ended, own && ended == null, table, ExchangePage.noLongerHolding(agreements, names), awaitingUs, ownOpen,
                partners, periods, ExchangePage.REASON_MAX, DutchFormat.date(today), message, error);
    }
}
