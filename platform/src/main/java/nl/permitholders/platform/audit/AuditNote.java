package nl.permitholders.platform.audit;

import java.util.UUID;

/**
 * What a write tells its audit entry beyond who made it and which event it published, for a trail that must answer
 * "what, on which record, and why" (placement's coupling trail). Every part may be null.
 *
 * @param actorRole the role the write was admitted in, when the token may hold more than one (e.g. {@code coa})
 * @param recordId  the record whose trail the entry belongs to, e.g. a coupling
 * @param actedOnId what the write acted on: that record itself or one of its parts (an offer, a placement, ...)
 * @param reason    why, in the caller's words; free text, so kept here and never in an event (R9)
 * @param details   what the write changed, in words
 */
public record AuditNote(String actorRole, UUID recordId, UUID actedOnId, String reason, String details) {
}
