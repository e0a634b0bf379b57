package nl.permitholders.supervision.dashboard;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.dashboard.HousingPanel.UnitSuggestions;
import nl.permitholders.supervision.dashboard.HousingPanel.Waiting;
import nl.permitholders.supervision.dashboard.HousingStockApiClient.Unit;
import nl.permitholders.supervision.dashboard.PlacementApiClient.Offer;
import nl.permitholders.supervision.dashboard.PlacementApiClient.WaitingEntry;
import org.jboss.logging.Logger;

/**
 * Reads a municipal officer's {@link HousingPanel} from placement-service and housing-stock in the officer's own name:
 * supervision's projection keeps no units, offers or vacancies, and does not copy them. Each part that cannot be read
 * (a service down, slow, or refusing the sign-in) is left out with a Dutch line, never failing the page. A plain class,
 * not a bean: it reads through the other services' API clients the page hands it, so the page shows whom it calls.
 */
final class HousingPanels {

    private static final Logger LOG = Logger.getLogger(HousingPanels.class);

    private final PlacementApiClient placements;
    private final HousingStockApiClient housingStock;
    private final Clock clock;

    HousingPanels(PlacementApiClient placements, HousingStockApiClient housingStock, Clock clock) {
        this.placements = placements;
        this.housingStock = housingStock;
        this.clock = clock;
    }

    Uni<HousingPanel> of(String code, String bearer) {
        Uni<Waiting> waiting = placements.waitingList(code, bearer)
                .flatMap(list -> openOffers(list.items(), bearer).map(open -> new Waiting(list.items(), list.totalItems(), open)))
                .onFailure().recoverWithItem(e -> unavailable("placement-service", e));
        Uni<List<UnitSuggestions>> units = housingStock.availableUnits(code, bearer)
                .flatMap(vacant -> vacant.items().isEmpty() ? Uni.createFrom().item(List.<UnitSuggestions>of())
                        : Uni.join().all(vacant.items().stream().map(unit -> suggestions(unit, bearer)).toList()).andFailFast())
                .onFailure().recoverWithItem(e -> unavailable("housing-stock-service or placement-service", e));
        return Uni.combine().all().unis(waiting, units).with((w, u) -> HousingPanel.of(w, u, LocalDate.now(clock)));
    }

    /** The open offer of each coupling that has one (OFFERED): at most one each, so a call each. */
    private Uni<List<Offer>> openOffers(List<WaitingEntry> waiting, String bearer) {
        List<Uni<List<Offer>>> offered = waiting.stream().filter(w -> "OFFERED".equals(w.status()))
                .map(w -> placements.offers(w.couplingId(), bearer).map(page -> page.items().stream()
                        .filter(o -> "OPEN".equals(o.status())).toList()))
                .toList();
        return offered.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(offered).andFailFast().map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    /**
     * The households placement-service suggests for a unit. A unit whose free places open offers already hold, or that
     * has left the stock, is refused with 409; one placement-service has not learnt of yet is 404: the unit is then
     * listed with the reason it has none.
     */
    private Uni<UnitSuggestions> suggestions(Unit unit, String bearer) {
        return placements.matchSuggestions(unit.id(), bearer)
                .map(page -> new UnitSuggestions(unit, page.items(), "geen wachtend huishouden past in deze woning"))
                .onFailure(e -> status(e) == 409).recoverWithItem(new UnitSuggestions(unit, List.of(),
                        "geen: de vrije plaatsen zijn al aangeboden, of de woning is niet meer beschikbaar"))
                .onFailure(e -> status(e) == 404).recoverWithItem(new UnitSuggestions(unit, List.of(),
                        "nog niet bekend bij de plaatsingsdienst; probeer het over enkele minuten opnieuw"));
    }

    private static int status(Throwable e) {
        return e instanceof WebApplicationException w ? w.getResponse().getStatus() : 0;
    }

    private static <T> T unavailable(String service, Throwable e) {
        LOG.warnf("%s could not be read for a municipality's page: %s", service, e.toString());
        return null;
    }
}
