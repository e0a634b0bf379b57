package nl.permitholders.placement.placement;

/**
 * Why a placement was revoked: a code, so that the placement-revoked event carries no free text (R9). A revocation
 * corrects a registration; a household that moves out later stays housed (R5) and is no reason.
 */
public enum RevocationReason {
    /** The placement never took place: recorded by mistake. */
    REGISTERED_IN_ERROR,
    /** The same housing was recorded twice. */
    DUPLICATE,
    /** Recorded on the wrong coupling; the right one records its own placement. */
    WRONG_COUPLING,
    /** Recorded with wrong details (date, persons, unit); recorded again as it happened. */
    WRONG_DETAILS,
    /** Anything else; the explanation, kept by placement-service only, says what. */
    OTHER
}
