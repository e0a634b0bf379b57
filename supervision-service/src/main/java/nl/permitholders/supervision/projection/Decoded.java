package nl.permitholders.supervision.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.verdict.VerdictRelevance;

/** A consumed event and what it changes (nothing, for a known type without effect). */
public record Decoded(IncomingEvent event, List<ProjectionChange> changes) {

    /**
     * Municipalities whose closed half-years must be judged again (R7) on {@code today}: a fact moved their backlog or
     * couplings in a half-year whose deadline has passed ({@link VerdictRelevance}), or a merger or split gave them another's
     * backlog. The municipalities that continue them after a merger or split are judged with them ({@code VerdictRecorder}).
     */
    public Set<String> toJudgeAgain(LocalDate today) {
        Set<String> codes = new LinkedHashSet<>();
        for (ProjectionChange change : changes) {
            if (change instanceof Fact fact && VerdictRelevance.canMoveClosedVerdicts(fact.entry(), today)) {
                codes.add(fact.entry().municipalityCode());
            } else if (change instanceof Merged merged) {
                codes.add(merged.newCode());
            } else if (change instanceof ProjectionChange.Split split) {
                codes.addAll(split.receivers());
            }
        }
        return codes;
    }

    /** The ledger entries the event adds. */
    public List<LedgerEntry> facts() {
        List<LedgerEntry> facts = new ArrayList<>(1);
        for (ProjectionChange change : changes) {
            if (change instanceof Fact fact) {
                facts.add(fact.entry());
            }
        }
        return facts;
    }

    /**
     * The municipalities whose figures the event changes: those of its facts, register entries and mergers (a
     * province's name is in none of a municipality's figures).
     */
    public Set<String> municipalities() {
        Set<String> codes = new LinkedHashSet<>();
        for (ProjectionChange change : changes) {
            if (change instanceof Fact fact) {
                codes.add(fact.entry().municipalityCode());
            } else if (change instanceof Merged merged) {
                codes.add(merged.newCode());
                codes.addAll(merged.mergedCodes());
            } else if (change instanceof ProjectionChange.Split split) {
                codes.add(split.splitCode());
                codes.addAll(split.receivers());
            } else if (change instanceof MunicipalityStated municipality) {
                codes.add(municipality.code());
            }
        }
        return codes;
    }
}
