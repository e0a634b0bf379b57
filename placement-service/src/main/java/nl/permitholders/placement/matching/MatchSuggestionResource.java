package nl.permitholders.placement.matching;

import nl.permitholders.platform.merger.Mergers;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.matching.MatchRanking.Candidate;
import nl.permitholders.placement.placement.Placement;
import nl.permitholders.placement.unit.KnownUnit;
import nl.permitholders.placement.unit.UnitOccupancy;
import nl.permitholders.placement.unit.UnitResource;
import nl.permitholders.placement.unit.UnitSnapshot;
import nl.permitholders.placement.waiting.Overdue;
import nl.permitholders.placement.waiting.WaitingOrder;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/units/{unitId}/match-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class MatchSuggestionResource {

    @Inject
    UnitOccupancy occupancy;

    @Inject
    Clock clock;

    @Inject
    Mergers mergers;

    @Schema(requiredProperties = {"rank", "couplingId", "householdType", "persons", "permitDate", "couplingDate",
            "weeksWaiting", "ownRegion", "overdue", "reasons"})
    public record MatchSuggestion(int rank, UUID couplingId, String coaReference, HouseholdType householdType, int persons,
                                 LocalDate permitDate, LocalDate couplingDate, long weeksWaiting, boolean ownRegion,
                                 boolean overdue, List<String> reasons) {
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listMatchSuggestions",
            summary = "Households of the unit's municipality that fit a vacant unit, best first, each saying why",
            description = "Couplings waiting for an offer (COUPLED) whose persons still to be housed fit the unit's free "
                    + "places (rooms for SHARED); SHARED and ROOM only singles; LARGE_FAMILY only households of 7 or "
                    + "more; wheelchair needs only in units known to be wheelchair accessible. Longest waiting first "
                    + "(whole weeks since the permit), own-region asylum centres first among equally long waiting. "
                    + "The unit is known from housing-stock events. 409 when the unit has left the stock. COA, and the "
                    + "municipality the unit lies in (403 for another).")
    public Uni<Page<MatchSuggestion>> suggest(@PathParam("unitId") UUID unitId,
                                              @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        LocalDate on = LocalDate.now(clock);
        return KnownUnit.findRegistered(unitId)
                .onItem().ifNull().failWith(() -> UnitResource.notKnown(unitId))
                .call(unit -> mergers.requireMayWrite(unit.municipalityCode))
                .flatMap(occupancy::of)
                .flatMap(unit -> {
                    List<String> unavailable = unit.unavailability(unit.municipalityCode(), on);
                    if (!unavailable.isEmpty()) {
                        throw new ConflictException("No households can be suggested: " + String.join("; ", unavailable) + ".");
                    }
                    return mergers.succession().flatMap(succession -> candidates(
                                    succession.answeringFor(succession.responsibleOn(unit.municipalityCode(), on), on)))
                            .map(candidates -> Page.slice(rank(unit, candidates, on), request));
                });
    }

    static List<MatchSuggestion> rank(UnitSnapshot unit, List<Candidate> candidates, LocalDate today) {
        List<Candidate> fitting = candidates.stream()
                .filter(c -> UnitFit.judge(unit, c.householdType(), c.persons(), c.needsWheelchairAccess()).fits())
                .sorted(MatchRanking.order(today))
                .toList();
        return IntStream.range(0, fitting.size()).mapToObj(i -> {
            Candidate c = fitting.get(i);
            List<String> reasons = new ArrayList<>(UnitFit.judge(unit, c.householdType(), c.persons(), c.needsWheelchairAccess()).fitsBecause());
            reasons.addAll(MatchRanking.reasons(c, today));
            return new MatchSuggestion(i + 1, c.couplingId(), c.coaReference(), c.householdType(), c.persons(), c.permitDate(),
                    c.couplingDate(), WaitingOrder.weeksWaiting(c.permitDate(), today), c.ownRegion(),
                    Overdue.isOverdue(c.couplingDate(), today), List.copyOf(reasons));
        }).toList();
    }

    /** The couplings waiting for an offer of the municipalities whose couplings the unit's municipality answers for (R3). */
    private static Uni<List<Candidate>> candidates(java.util.Set<String> municipalityCodes) {
        return Coupling.<Coupling>list("municipalityCode in ?1 and status = ?2", municipalityCodes, CouplingStatus.COUPLED)
                .flatMap(couplings -> Placement.personsHoused(couplings.stream().map(c -> c.id).toList())
                        .map(housed -> couplings.stream().map(c -> candidate(c, housed)).toList()));
    }

    private static Candidate candidate(Coupling c, Map<UUID, Integer> housed) {
        return new Candidate(c.id, c.coaReference, c.householdType, c.persons() - housed.getOrDefault(c.id, 0),
                c.permitDate, c.couplingDate, Boolean.TRUE.equals(c.ownRegion), c.needsWheelchairAccess);
    }
}
