package nl.permitholders.supervision.verdict;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.supervision.Today;
import nl.permitholders.supervision.figures.MunicipalityLedgers;

/**
 * Keeps the stored verdicts of closed half-years in line with the ledger: after every event that moves a
 * municipality's figures, its closed half-years are judged again, and a verdict or figure that changed is recorded
 * anew with the event that changed it (a late adjustment, a revoked placement). Runs in the consumer's transaction.
 */
@ApplicationScoped
public class VerdictRecorder {

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    Today today;

    public Uni<Void> rejudge(String municipalityCode, IncomingEvent cause) {
        return rejudge(municipalityCode, cause.type(), cause.id());
    }

    /** @param causeEventId null when no event caused it (a deadline passed) */
    public Uni<Void> rejudge(String municipalityCode, String causeType, java.util.UUID causeEventId) {
        return ledgers.of(municipalityCode).flatMap(known -> VerdictRecord.of(municipalityCode).flatMap(stored -> {
            Map<String, VerdictRecord> latest = new HashMap<>();
            stored.forEach(record -> latest.put(record.period, record));
            List<VerdictRecord> changed = new ArrayList<>();
            for (DeadlineJudge.Judgement judgement : known.judgements(today.date())) {
                VerdictRecord previous = latest.get(judgement.period().toString());
                if (previous == null || !previous.sameAs(judgement)) {
                    changed.add(record(municipalityCode, judgement, causeType, causeEventId));
                }
            }
            return changed.isEmpty() ? Uni.createFrom().voidItem() : VerdictRecord.persist(changed);
        }));
    }

    private static VerdictRecord record(String municipalityCode, DeadlineJudge.Judgement judgement, String causeType,
                                        java.util.UUID causeEventId) {
        VerdictRecord record = new VerdictRecord();
        record.municipalityCode = municipalityCode;
        record.period = judgement.period().toString();
        record.verdict = judgement.verdict();
        record.backlog = judgement.backlog();
        record.stillToHouseAtReference = judgement.stillToHouseAtReferenceDate();
        record.coupledUnhousedAtReference = judgement.coupledUnhousedAtReferenceDate();
        record.couplingDeficit = judgement.couplingDeficit();
        record.causeEventType = causeType;
        record.causeEventId = causeEventId;
        record.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return record;
    }
}
