package nl.permitholders.supervision.figures;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.BacklogLedger.TakeOver;
import nl.permitholders.supervision.ledger.LedgerEntryRow;
import nl.permitholders.supervision.reference.Merger;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.verdict.DeadlineJudge;

/** Builds a municipality's {@link BacklogLedger} from the projection, including backlog taken over in mergers (R3). */
@ApplicationScoped
public class MunicipalityLedgers {

    /** What supervision knows of a municipality: its register entry (if seen yet), its ledger, and its own merger. */
    public record Known(String code, Municipality municipality, BacklogLedger ledger, Optional<Merger> mergedInto) {

        /** Verdicts at every deadline that has passed; a merged municipality is judged no further than its merger (R3). */
        public List<DeadlineJudge.Judgement> judgements(LocalDate today) {
            return DeadlineJudge.judgeClosed(ledger, today).stream()
                    .filter(j -> mergedInto.isEmpty() || j.period().isBefore(Period.parse(mergedInto.get().effectivePeriod)))
                    .toList();
        }

        /** Whether this half-year belongs to the municipality it merged into. */
        public boolean mergedBy(Period period) {
            return mergedInto.isPresent() && !period.isBefore(Period.parse(mergedInto.get().effectivePeriod));
        }
    }

    public Uni<Known> of(String code) {
        return Municipality.<Municipality>findById(code).flatMap(municipality -> LedgerEntryRow.of(code).flatMap(entries ->
                Merger.<Merger>findById(code).flatMap(mergedInto -> Merger.<Merger>list("newCode", code).flatMap(predecessors -> {
                    if (municipality == null && entries.isEmpty() && predecessors.isEmpty()) {
                        throw new ResourceNotFoundException("Nothing is known yet about municipality " + code + ".");
                    }
                    return takeOver(predecessors).map(takeOver -> new Known(code, municipality,
                            new BacklogLedger(code, entries, takeOver), Optional.ofNullable(mergedInto)));
                }))));
    }

    /** The sum of the merged municipalities' backlogs at the end of the half-year before the merger. */
    private Uni<Optional<TakeOver>> takeOver(List<Merger> predecessors) {
        if (predecessors.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Period effective = Period.parse(predecessors.get(0).effectivePeriod);
        Uni<Integer> sum = Uni.createFrom().item(0);
        for (Merger predecessor : predecessors) {
            sum = sum.flatMap(total -> of(predecessor.mergedCode)
                    .map(known -> total + known.ledger().figures(effective.previous(), null).backlog()));
        }
        return sum.map(backlog -> Optional.of(new TakeOver(effective, backlog)));
    }
}
