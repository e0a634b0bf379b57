package nl.permitholders.placement.audit;

/** What was done to a coupling or to one of its offers, placements or reunifications. */
public enum AuditAction {
    COUPLING_REGISTERED,
    COUPLING_CORRECTED,
    COUPLING_CANCELLED,
    UNIT_OFFERED,
    OFFER_DECLINED,
    PLACEMENT_RECORDED,
    PLACEMENT_REVOKED,
    MOVED_TO_FOLLOW_UP_HOUSING,
    REUNIFICATION_ARRIVED
}
