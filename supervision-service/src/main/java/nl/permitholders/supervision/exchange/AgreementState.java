package nl.permitholders.supervision.exchange;

/** Where an exchange agreement stands; it follows from its steps. */
public enum AgreementState {
    /** Proposed by one party; not every other party has confirmed yet. */
    PROPOSED,
    /** Every party has agreed; the province of the parties or the Rijk has yet to register it. */
    CONFIRMED,
    /** Registered: its changes count in the parties' figures. */
    REGISTERED,
    /** The province or the Rijk refused to register it, with a reason. */
    REFUSED,
    /** A party other than the proposer declined it. */
    DECLINED,
    /** The proposer withdrew it before registration. */
    WITHDRAWN;

    /** Whether a party may still confirm, decline or withdraw, or the province or the Rijk register or refuse. */
    public boolean open() {
        return this == PROPOSED || this == CONFIRMED;
    }
}
