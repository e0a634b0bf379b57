package nl.permitholders.dashboard.api;

/** R7's verdict at a deadline, as supervision's API names it. */
public enum Verdict {
    MET, NOT_MET_EXCUSABLE, NOT_MET
}
