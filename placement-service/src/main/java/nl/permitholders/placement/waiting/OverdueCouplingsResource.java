package nl.permitholders.placement.waiting;

import nl.permitholders.platform.merger.Mergers;
import io.quarkus.panache.common.Sort;
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
import java.util.UUID;
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

@Path(PlacementApi.BASE + "/municipalities/{code}/overdue-couplings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting list")
public class OverdueCouplingsResource {

    private static final Sort LONGEST_OVERDUE_FIRST = Sort.by("couplingDate").and("permitDate").and("coaReference");

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    @Schema(requiredProperties = {"couplingId", "status", "householdType", "persons", "personsToHouse", "permitDate",
            "couplingDate", "weeksWaiting", "weeksSinceCoupling", "weeksOverdue", "municipalityCode", "toBeDivided"})
    public record OverdueCoupling(UUID couplingId, String coaReference, CouplingStatus status, HouseholdType householdType,
                                  int persons, int personsToHouse, LocalDate permitDate, LocalDate couplingDate,
                                  LocalDate overdueSince, long weeksWaiting, long weeksSinceCoupling, long weeksOverdue,
                                  @Schema(description = "the municipality it was coupled to") String municipalityCode,
                                  @Schema(description = "a coupling of a municipality split over others (R3), to be divided "
                                          + "(\"te verdelen\") until COA names its receiver") boolean toBeDivided) {
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listOverdueCouplings",
            summary = "The municipality's overdue couplings (R8), longest overdue first",
            description = "Couplings with persons still unhoused 12 weeks after their coupling date, from that day on. "
                    + "weeksWaiting counts whole weeks since the permit, weeksSinceCoupling since the coupling date. COA, and the municipality itself (403 for another).")
    public Uni<Page<OverdueCoupling>> list(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return caller.requireMunicipality(code).chain(() -> {
            PageRequest request = paging.request();
            LocalDate on = LocalDate.now(clock);
            // One session for count and page: a query built before any session exists opens one per use, and only
            // the last would be closed at the end of the request.
            return Panache.withSession(() -> mergers.listedFor(code).flatMap(listed -> Page.of(() -> Coupling.<Coupling>find(
                            "((municipalityCode in ?1 and dividedTo is null) or dividedTo in ?1) and status in ?2 and couplingDate <= ?3",
                            LONGEST_OVERDUE_FIRST, listed.all(), WaitingListResource.WAITING, Overdue.latestOverdueCouplingDate(on)),
                    request, couplings -> Placement.personsHoused(couplings.stream().map(c -> c.id).toList())
                            .map(housed -> couplings.stream().map(c -> new OverdueCoupling(c.id, c.coaReference, c.status,
                                    c.householdType, c.persons(), c.persons() - housed.getOrDefault(c.id, 0), c.permitDate,
                                    c.couplingDate, Overdue.since(c.couplingDate), WaitingOrder.weeksWaiting(c.permitDate, on),
                                    Overdue.weeksSinceCoupling(c.couplingDate, on), Overdue.weeksOverdue(c.couplingDate, on),
                                    c.municipalityCode, c.dividedTo == null && listed.toBeDivided().contains(c.municipalityCode)))
                                    .toList()))));
        });
    }
}
