package nl.permitholders.supervision.projection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;

/** A consumed event and what it changes (nothing, for a known type without effect). */
public record Decoded(IncomingEvent event, List<ProjectionChange> changes) {

    /** Kinds of fact that cannot move a verdict: corporations' allocations and capacity in the pipeline. */
    private static final Set<EntryKind> NOT_JUDGED = Set.of(EntryKind.ALLOCATED, EntryKind.CAPACITY_PLANNED, EntryKind.CAPACITY_DELIVERED);

    /** Municipalities whose closed half-years must be judged again (R7): their backlog or couplings moved. */
    public Set<String> toJudgeAgain() {
        Set<String> codes = new LinkedHashSet<>();
        for (ProjectionChange change : changes) {
            if (change instanceof Fact fact && !NOT_JUDGED.contains(fact.entry().kind())) {
                codes.add(fact.entry().municipalityCode());
            } else if (change instanceof Merged merged) {
                codes.add(merged.newCode());
            }
        }
        return codes;
    }

    /** Municipalities any of whose figures (or register entry) may have changed. */
    public Set<String> touched() {
        Set<String> codes = new LinkedHashSet<>();
        for (ProjectionChange change : changes) {
            if (change instanceof Fact fact) {
                codes.add(fact.entry().municipalityCode());
            } else if (change instanceof Merged merged) {
                codes.add(merged.newCode());
                codes.addAll(merged.mergedCodes());
            } else if (change instanceof MunicipalityStated municipality) {
                codes.add(municipality.code());
            }
        }
        return codes;
    }
}
