package nl.permitholders.placement.coupling;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import java.util.Objects;
import java.util.UUID;

/**
 * What one step on a coupling did, for {@link CouplingTransaction} to store: the record it created (if any), the event it
 * publishes, the audit entry it leaves and the answer to the caller. A step that changed nothing has no event and no
 * audit entry.
 *
 * @param answer    what the endpoint answers
 * @param created   a new record to persist (an offer, a placement, ...); null when the step only changed loaded ones
 * @param eventType the CloudEvents type of {@code event}
 * @param event     the event's data; null when nothing changed
 * @param audit     the audit entry; null when nothing changed
 */
public record CouplingChange<T>(T answer, PanacheEntityBase created, String eventType, Object event, Audit audit) {

    /**
     * The audit entry of a step: to which record (the coupling, or its offer, placement ...), why (free text, never in
     * events: R9) and what it changed; what was done is the event's type.
     */
    public record Audit(UUID subjectId, String reason, String details) {
    }

    /** A step that answers {@code answer}; nothing is stored unless it also publishes. */
    public static <T> CouplingChange<T> answering(T answer) {
        return new CouplingChange<>(answer, null, null, null, null);
    }

    public CouplingChange<T> creating(PanacheEntityBase record) {
        return new CouplingChange<>(answer, Objects.requireNonNull(record), eventType, event, audit);
    }

    public CouplingChange<T> publishing(String type, Object data) {
        return new CouplingChange<>(answer, created, Objects.requireNonNull(type), Objects.requireNonNull(data), audit);
    }

    public CouplingChange<T> audited(UUID subjectId, String reason, String details) {
        return new CouplingChange<>(answer, created, eventType, event, new Audit(subjectId, reason, details));
    }

    /** The reason kept in the audit trail: the code, with the caller's explanation when there is one. */
    public static String reason(Enum<?> code, String explanation) {
        return code + (explanation == null ? "" : ": " + explanation);
    }

    boolean changed() {
        return event != null;
    }
}
