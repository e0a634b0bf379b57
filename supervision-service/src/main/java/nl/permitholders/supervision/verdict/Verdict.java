package nl.permitholders.supervision.verdict;

/** The province's judgement of a municipality at a deadline (R7). */
public enum Verdict {
    /** Backlog at the deadline is zero or less. */
    MET,
    /** Behind, but by no more than COA's coupling deficit at the reference date: not the municipality's fault. */
    NOT_MET_EXCUSABLE,
    /** Behind by more than any coupling deficit. */
    NOT_MET
}
