package nl.permitholders.supervision.actionplan;

/** When a measure of an action plan is meant to take effect. */
public enum Term {
    SHORT, MEDIUM, LONG
}
