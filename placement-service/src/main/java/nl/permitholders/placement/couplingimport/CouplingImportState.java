package nl.permitholders.placement.couplingimport;

/** How far an import of COA's records is. */
public enum CouplingImportState {
    /** Its file is being read (an import answered in its request stays so until it has ended). */
    RECEIVING,
    /** Read, waiting for its turn. */
    WAITING,
    /** Every line is being judged; nothing is stored yet. */
    CHECKING,
    /** No line was refused; the households are being stored, in one transaction. */
    STORING,
    /** Stored whole, with every household's events. */
    ACCEPTED,
    /** Lines were refused (listed); nothing of the file was stored. */
    REFUSED,
    /** It could not be processed (the service's fault, logged); nothing of it was stored: send the file again. */
    FAILED
}
