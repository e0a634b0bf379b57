package nl.permitholders.placement.offer;

/** Why an offer was declined; a code, so that events carry no personal details (R9). */
public enum DeclineReason {
    /** The household declined the unit. */
    HOUSEHOLD_DECLINED,
    /** The unit turned out not to suit the household. */
    UNIT_UNSUITABLE,
    /** The unit is no longer available. */
    UNIT_NO_LONGER_AVAILABLE,
    OTHER
}
