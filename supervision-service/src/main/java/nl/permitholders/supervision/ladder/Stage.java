package nl.permitholders.supervision.ladder;

/** The province's intervention ladder (DESIGN.md §6), lowest first. */
public enum Stage {
    NONE,
    SIGNAL,
    OFFICIAL_TALK,
    ADMINISTRATIVE_AGREEMENTS,
    SUBSTITUTION_ANNOUNCED,
    SUBSTITUTION_DECIDED,
    SUBSTITUTION_EXECUTED
}
