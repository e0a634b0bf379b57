package nl.permitholders.placement.matching;

import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.coupling.Overdue;
import nl.permitholders.placement.coupling.PersonsHousedStore;
import nl.permitholders.placement.matching.MatchRanking.Candidate;
import nl.permitholders.placement.unit.UnitQueries;
import nl.permitholders.placement.unit.UnitSnapshot;
import nl.permitholders.placement.waiting.WaitingOrder;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.merger.Mergers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The households that fit a vacant unit, best first ({@link UnitFit}, {@link MatchRanking}), for COA and the staff who
 * act for the unit's municipality.
 */
@ApplicationScoped
@WithSession
public class MatchQueries {

    @Schema(requiredProperties = {"rank", "couplingId", "householdType", "persons", "permitDate", "couplingDate",
            "weeksWaiting", "ownRegion", "overdue", "reasons"})
    public record MatchSuggestion(int rank, UUID couplingId, String coaReference, HouseholdType householdType, int persons,
                                 LocalDate permitDate, LocalDate couplingDate, long weeksWaiting, boolean ownRegion,
                                 boolean overdue, List<String> reasons) {
    }

    @Inject
    UnitQueries units;

    @Inject
    Clock clock;

    @Inject
    Mergers mergers;

    /** A page of the households that fit the unit; 409 when the unit cannot take anyone now. */
    public Uni<Page<MatchSuggestion>> suggest(UUID unitId, PageRequest request) {
        LocalDate on = LocalDate.now(clock);
        return units.actedOn(unitId).flatMap(unit -> {
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
    private static Uni<List<Candidate>> candidates(Set<String> municipalityCodes) {
        return Coupling.coupledIn(municipalityCodes)
                .flatMap(couplings -> PersonsHousedStore.of(couplings.stream().map(c -> c.id).toList())
                        .map(housed -> couplings.stream().map(c -> candidate(c, housed)).toList()));
    }

    private static Candidate candidate(Coupling c, Map<UUID, Integer> housed) {
        return new Candidate(c.id, c.coaReference, c.householdType, c.persons() - housed.getOrDefault(c.id, 0),
                c.permitDate, c.couplingDate, Boolean.TRUE.equals(c.ownRegion), c.needsWheelchairAccess);
    }
}
