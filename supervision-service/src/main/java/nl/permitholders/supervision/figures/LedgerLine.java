package nl.permitholders.supervision.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.Details.Cancellation;
import nl.permitholders.supervision.ledger.Details.Decision;
import nl.permitholders.supervision.ledger.Details.Quota;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.QuotaStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code cancellationReason} only on a cancelled coupling's line (null for one projected before it was kept);
 * {@code quotaStatus} and {@code publishedOn} (when known) only on a quota's line; {@code reason}, {@code decidedBy}
 * and {@code decidedAt} only on decisions: COA's position adopted (ANCHORED: eventId is the adoption's id, persons
 * COA's position, date the deadline) and a registered exchange agreement's changes (EXCHANGE or BACKLOG_TRANSFERRED
 * with eventType exchange-agreement-registered: eventId and reference the agreement's id, reason the agreement's,
 * decidedBy and decidedAt its registration's). On an ANCHORED line: eventType coa-position-adopted for COA's end position
 * (its first figure) or coa-carried-in-adopted for the amount COA later carried in (its revision), publishedOn the
 * reference date of COA's figure, and toReview when a fact dated before the deadline arrived after the adoption.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"kind", "eventType", "persons"})
public record LedgerLine(EntryKind kind, String eventType, UUID eventId, String period, LocalDate date, int persons,
                         Integer version, String reference, CancellationReason cancellationReason, QuotaStatus quotaStatus,
                         LocalDate publishedOn, String reason, String decidedBy, java.time.OffsetDateTime decidedAt, Boolean toReview) {
    /** A line that is no adoption: nothing to review. */
    public LedgerLine(EntryKind kind, String eventType, UUID eventId, String period, LocalDate date, int persons, Integer version,
                      String reference, CancellationReason cancellationReason, QuotaStatus quotaStatus, LocalDate publishedOn, String reason,
                      String decidedBy, java.time.OffsetDateTime decidedAt) {
        this(kind, eventType, eventId, period, date, persons, version, reference, cancellationReason, quotaStatus, publishedOn, reason,
                decidedBy, decidedAt, null);
    }

    public static LedgerLine of(LedgerEntry e) {
        return of(e, false);
    }

    private static LedgerLine of(LedgerEntry e, boolean toReview) {
        Optional<Quota> quota = e.details(Quota.class);
        Optional<Decision> decision = e.details(Decision.class);
        Optional<String> decidedBy = decision.map(Decision::author);
        return new LedgerLine(e.kind(), e.eventType(), e.eventId(), e.period() == null ? null : e.period().toString(),
                e.effectiveDate(), e.persons(), e.version(), e.reference(),
                e.details(Cancellation.class).map(Cancellation::reason).orElse(null), quota.map(Quota::status).orElse(null),
                quota.map(Quota::publishedOn).or(() -> decision.map(Decision::publishedOn)).orElse(null),
                decision.map(Decision::reason).orElse(null), decidedBy.orElse(null),
                decidedBy.isPresent() ? e.occurredAt() : null, e.kind() == EntryKind.ANCHORED ? Boolean.valueOf(toReview) : null);
    }

    /** The lines that make up the figures of {@code period} ({@link BacklogLedger#entriesOf}), adoptions to review marked. */
    public static List<LedgerLine> of(BacklogLedger ledger, Period period) {
        Set<UUID> toReview = ledger.adoptionsToReview();
        return ledger.entriesOf(period).stream().map(e -> of(e, toReview.contains(e.eventId()))).toList();
    }
}
