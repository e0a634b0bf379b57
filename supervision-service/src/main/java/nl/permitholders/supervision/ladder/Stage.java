package nl.permitholders.supervision.ladder;

/** The province's intervention ladder (docs/domain.md, the intervention ladder), lowest first. */
public enum Stage {
    NONE,
    SIGNAL,
    OFFICIAL_TALK,
    ADMINISTRATIVE_AGREEMENTS,
    SUBSTITUTION_ANNOUNCED,
    SUBSTITUTION_DECIDED,
    SUBSTITUTION_EXECUTED
}
