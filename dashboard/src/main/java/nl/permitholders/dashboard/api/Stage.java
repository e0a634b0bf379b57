package nl.permitholders.dashboard.api;

/** A step of the intervention ladder, as supervision's API names it, lowest first (the pages sort by this order). */
public enum Stage {
    NONE, SIGNAL, OFFICIAL_TALK, ADMINISTRATIVE_AGREEMENTS, SUBSTITUTION_ANNOUNCED, SUBSTITUTION_DECIDED, SUBSTITUTION_EXECUTED
}
