package nl.permitholders.placement.waiting;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.coupling.Overdue;
import nl.permitholders.placement.coupling.PersonsHousedStore;
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

    @Schema(requiredProperties = {"position", "couplingId", "status", "householdType", "persons", "personsToHouse",
            "permitDate", "couplingDate", "weeksWaiting", "overdue", "municipalityCode", "toBeDivided"})
    public record WaitingListEntry(long position, UUID couplingId, String coaReference, CouplingStatus status,
                                   HouseholdType householdType, int persons, int personsToHouse, LocalDate permitDate,
                                   LocalDate couplingDate, long weeksWaiting, LocalDate housingDeadline, boolean overdue,
                                   @Schema(description = "the municipality it was coupled to") String municipalityCode,
                                   @Schema(description = "a coupling of a municipality split over others (R3), to be divided "
                                           + "(\"te verdelen\"): listed for every receiver until COA names the one that houses it")
                                   boolean toBeDivided) {
    }

    @Schema(requiredProperties = {"couplingId", "status", "householdType", "persons", "personsToHouse", "permitDate",
            "couplingDate", "weeksWaiting", "weeksSinceCoupling", "weeksOverdue", "municipalityCode", "toBeDivided"})
    public record OverdueCoupling(UUID couplingId, String coaReference, CouplingStatus status, HouseholdType householdType,
                                  int persons, int personsToHouse, LocalDate permitDate, LocalDate couplingDate,
                                  LocalDate overdueSince, long weeksWaiting, long weeksSinceCoupling, long weeksOverdue,
                                  @Schema(description = "the municipality it was coupled to") String municipalityCode,
                                  @Schema(description = "a coupling of a municipality split over others (R3), to be divided "
                                          + "(\"te verdelen\") until COA names its receiver") boolean toBeDivided) {
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
        return waiting(code, request, Coupling::waitingIn,
                (couplings, housed, toBeDivided) -> IntStream.range(0, couplings.size()).mapToObj(i -> {
                    Coupling c = couplings.get(i);
                    return new WaitingListEntry(request.offset() + i + 1L, c.id, c.coaReference, c.status, c.householdType,
                            c.persons(), c.persons() - housed.getOrDefault(c.id, 0), c.permitDate, c.couplingDate,
                            WaitingOrder.weeksWaiting(c.permitDate, on), Overdue.since(c.couplingDate),
                            Overdue.isOverdue(c.couplingDate, on), c.municipalityCode, toBeDivided.test(c));
                }).toList());
    }

    /** Couplings with persons still unhoused 12 weeks after their coupling date, longest overdue first. */
    public Uni<Page<OverdueCoupling>> overdue(String code, PageRequest request) {
        LocalDate on = LocalDate.now(clock);
        return waiting(code, request, municipalities -> Coupling.overdueIn(municipalities, Overdue.latestOverdueCouplingDate(on)),
                (couplings, housed, toBeDivided) -> couplings.stream().map(c -> new OverdueCoupling(c.id, c.coaReference, c.status,
                        c.householdType, c.persons(), c.persons() - housed.getOrDefault(c.id, 0), c.permitDate, c.couplingDate,
                        Overdue.since(c.couplingDate), WaitingOrder.weeksWaiting(c.permitDate, on),
                        Overdue.weeksSinceCoupling(c.couplingDate, on), Overdue.weeksOverdue(c.couplingDate, on),
                        c.municipalityCode, toBeDivided.test(c))).toList());
    }

    /** The page's rows from its couplings, the persons housed of each, and which are still to be divided. */
    private interface Rows<V> {
        List<V> of(List<Coupling> couplings, Map<UUID, Integer> personsHoused, Predicate<Coupling> toBeDivided);
    }

    /**
     * A page of the couplings {@code select} reads of those listed for the municipality (its own, those of
     * municipalities merged into it, those divided to it, and those of a municipality split over it still to be
     * divided: R3).
     */
    private <V> Uni<Page<V>> waiting(String code, PageRequest request, Function<Set<String>, PanacheQuery<Coupling>> select,
                                     Rows<V> rows) {
        return caller.requireMunicipality(code).chain(() ->
                // One session for count and page: a query built before any session exists opens one per use, and only
                // the last would be closed at the end of the request.
                Panache.withSession(() -> mergers.listedFor(code).flatMap(listed -> {
                    Predicate<Coupling> toBeDivided = c -> c.toBeDivided(listed.toBeDivided());
                    return Page.of(() -> select.apply(listed.all()), request,
                            couplings -> PersonsHousedStore.of(couplings.stream().map(c -> c.id).toList())
                                    .map(housed -> rows.of(couplings, housed, toBeDivided)));
                })));
    }
}
