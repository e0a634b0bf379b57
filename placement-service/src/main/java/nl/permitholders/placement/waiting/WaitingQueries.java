package nl.permitholders.placement.waiting;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.placement.Placement;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reads of a municipality's couplings that still have persons to house: its waiting list and its overdue couplings
 * (R8), of the municipality and of those merged into it, for COA and the municipality itself.
 */
@ApplicationScoped
@WithSession
public class WaitingQueries {

    /** Couplings with persons still to be housed. */
    static final List<CouplingStatus> WAITING = List.of(CouplingStatus.COUPLED, CouplingStatus.OFFERED);
    private static final Sort LONGEST_OVERDUE_FIRST = Sort.by("couplingDate").and("permitDate").and("coaReference");

    @Schema(requiredProperties = {"position", "couplingId", "status", "householdType", "persons", "personsToHouse",
            "permitDate", "couplingDate", "weeksWaiting", "overdue"})
    public record WaitingListEntry(long position, UUID couplingId, String coaReference, CouplingStatus status,
                                   HouseholdType householdType, int persons, int personsToHouse, LocalDate permitDate,
                                   LocalDate couplingDate, long weeksWaiting, LocalDate housingDeadline, boolean overdue) {
    }

    @Schema(requiredProperties = {"couplingId", "status", "householdType", "persons", "personsToHouse", "permitDate",
            "couplingDate", "weeksWaiting", "weeksSinceCoupling", "weeksOverdue"})
    public record OverdueCoupling(UUID couplingId, String coaReference, CouplingStatus status, HouseholdType householdType,
                                  int persons, int personsToHouse, LocalDate permitDate, LocalDate couplingDate,
                                  LocalDate overdueSince, long weeksWaiting, long weeksSinceCoupling, long weeksOverdue) {
    }

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    /** Couplings COUPLED or OFFERED, by permit date, then coupling date, numbered from the first page on. */
    public Uni<Page<WaitingListEntry>> waitingList(String code, PageRequest request) {
        LocalDate on = LocalDate.now(clock);
        return waiting(code, request, "municipalityCode in ?1 and status in ?2", Coupling.WAITING_ORDER,
                (couplings, housed) -> IntStream.range(0, couplings.size()).mapToObj(i -> {
                    Coupling c = couplings.get(i);
                    return new WaitingListEntry(request.offset() + i + 1L, c.id, c.coaReference, c.status, c.householdType,
                            c.persons(), c.persons() - housed.getOrDefault(c.id, 0), c.permitDate, c.couplingDate,
                            WaitingOrder.weeksWaiting(c.permitDate, on), Overdue.since(c.couplingDate),
                            Overdue.isOverdue(c.couplingDate, on));
                }).toList());
    }

    /** Couplings with persons still unhoused 12 weeks after their coupling date, longest overdue first. */
    public Uni<Page<OverdueCoupling>> overdue(String code, PageRequest request) {
        LocalDate on = LocalDate.now(clock);
        return waiting(code, request, "municipalityCode in ?1 and status in ?2 and couplingDate <= ?3", LONGEST_OVERDUE_FIRST,
                (couplings, housed) -> couplings.stream().map(c -> new OverdueCoupling(c.id, c.coaReference, c.status,
                        c.householdType, c.persons(), c.persons() - housed.getOrDefault(c.id, 0), c.permitDate, c.couplingDate,
                        Overdue.since(c.couplingDate), WaitingOrder.weeksWaiting(c.permitDate, on),
                        Overdue.weeksSinceCoupling(c.couplingDate, on), Overdue.weeksOverdue(c.couplingDate, on))).toList(),
                Overdue.latestOverdueCouplingDate(on));
    }

    /** The page's rows from its couplings and the persons housed of each. */
    private interface Rows<V> {
        List<V> of(List<Coupling> couplings, Map<UUID, Integer> personsHoused);
    }

    /** A page of the waiting couplings the query selects: {@code ?1} the municipality's codes, {@code ?2} the statuses, then {@code more}. */
    private <V> Uni<Page<V>> waiting(String code, PageRequest request, String query, Sort order, Rows<V> rows, Object... more) {
        return caller.requireMunicipality(code).chain(() ->
                // One session for count and page: a query built before any session exists opens one per use, and only
                // the last would be closed at the end of the request.
                Panache.withSession(() -> mergers.answeringFor(code).flatMap(codes -> {
                    Object[] parameters = Stream.concat(Stream.of(codes, WAITING), Stream.of(more)).toArray();
                    return Page.of(() -> Coupling.<Coupling>find(query, order, parameters), request,
                            couplings -> Placement.personsHoused(couplings.stream().map(c -> c.id).toList())
                                    .map(housed -> rows.of(couplings, housed)));
                })));
    }
}
