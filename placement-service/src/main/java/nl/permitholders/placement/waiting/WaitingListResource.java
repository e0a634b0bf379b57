package nl.permitholders.placement.waiting;

import nl.permitholders.platform.merger.Mergers;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.placement.Placement;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/municipalities/{code}/waiting-list")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting list")
public class WaitingListResource {

    /** Couplings with persons still to be housed. */
    static final List<CouplingStatus> WAITING = List.of(CouplingStatus.COUPLED, CouplingStatus.OFFERED);

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

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

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getWaitingList",
            summary = "The municipality's couplings waiting for housing, longest waiting first",
            description = "Couplings COUPLED or OFFERED, by permit date, then coupling date. weeksWaiting counts whole "
                    + "weeks since the permit; housingDeadline is 12 weeks after the coupling date (R8). With its own, those of the "
                    + "municipalities merged into it, those divided to it after a split, and, marked toBeDivided (\"te verdelen\"), "
                    + "the open couplings of a municipality split over it and others until COA names their receiver (R3). "
                    + "COA, and the municipality itself (403 for another).")
    public Uni<Page<WaitingListEntry>> list(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return caller.requireMunicipality(code).chain(() -> {
            PageRequest request = paging.request();
            LocalDate on = LocalDate.now(clock);
            // One session for count and page: a query built before any session exists opens one per use, and only
            // the last would be closed at the end of the request.
            return Panache.withSession(() -> mergers.listedFor(code).flatMap(listed -> Page.of(() -> Coupling.<Coupling>find(
                            "((municipalityCode in ?1 and dividedTo is null) or dividedTo in ?1) and status in ?2", Coupling.WAITING_ORDER,
                            listed.all(), WAITING),
                    request, couplings -> Placement.personsHoused(couplings.stream().map(c -> c.id).toList())
                            .map(housed -> IntStream.range(0, couplings.size()).mapToObj(i -> {
                                Coupling c = couplings.get(i);
                                return new WaitingListEntry(request.offset() + i + 1L, c.id, c.coaReference, c.status,
                                        c.householdType, c.persons(), c.persons() - housed.getOrDefault(c.id, 0), c.permitDate,
                                        c.couplingDate, WaitingOrder.weeksWaiting(c.permitDate, on), Overdue.since(c.couplingDate),
                                        Overdue.isOverdue(c.couplingDate, on), c.municipalityCode,
                                        c.dividedTo == null && listed.toBeDivided().contains(c.municipalityCode));
                            }).toList()))));
        });
    }
}
