package nl.permitholders.supervision.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.ledger.CancellationReason;
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
 * decidedBy and decidedAt its registration's).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"kind", "eventType", "persons"})
public record LedgerLine(EntryKind kind, String eventType, UUID eventId, String period, LocalDate date, int persons,
                         Integer version, String reference, CancellationReason cancellationReason, QuotaStatus quotaStatus,
                         LocalDate publishedOn, String reason, String decidedBy, java.time.OffsetDateTime decidedAt) {
    public static LedgerLine of(LedgerEntry e) {
        boolean decided = e.author() != null;
        return new LedgerLine(e.kind(), e.eventType(), e.eventId(), e.period() == null ? null : e.period().toString(),
                e.effectiveDate(), e.persons(), e.version(), e.reference(), e.cancellationReason(), e.quotaStatus(), e.publishedOn(),
                e.reason(), e.author(), decided ? e.occurredAt() : null);
    }
}
