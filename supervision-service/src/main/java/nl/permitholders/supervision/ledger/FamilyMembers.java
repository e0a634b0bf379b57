package nl.permitholders.supervision.ledger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R5: family members who arrive later (nareizigers) count once the person they join is housed, and only while that
 * household is housed: a revocation of the placement they joined takes them with it. They joined the placement named
 * ({@code joinedPlacement}) where placement-service said so; otherwise the household of their coupling, housed as long
 * as one of its placements stands. Where the ledger holds no placement of their coupling (projected before couplings
 * were named), nothing says the household left, and they count.
 */
final class FamilyMembers {

    /** Per coupling, whether any of its placements stands (is not revoked). */
    private final Map<String, Boolean> householdHoused;
    private final Set<String> revoked;

    /** The rule over a ledger's placements ({@link EntryKind#HOUSED}) and the placements revoked in it. */
    FamilyMembers(List<LedgerEntry> placements, Set<String> revoked) {
        this.revoked = revoked;
        this.householdHoused = placements.stream()
                .filter(p -> p.details() instanceof Details.Placement placed && placed.couplingId() != null)
                .collect(Collectors.toMap(p -> ((Details.Placement) p.details()).couplingId(), p -> !revoked.contains(p.reference()),
                        Boolean::logicalOr));
    }

    /** Whether the family members of {@code reunified} count. */
    boolean count(LedgerEntry reunified) {
        if (!(reunified.details() instanceof Details.Reunification joined)) {
            return true;
        }
        if (joined.joinedPlacement() != null) {
            return !revoked.contains(joined.joinedPlacement());
        }
        return joined.couplingId() == null || householdHoused.getOrDefault(joined.couplingId(), true);
    }
}
