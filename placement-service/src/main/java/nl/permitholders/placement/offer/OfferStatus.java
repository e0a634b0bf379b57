package nl.permitholders.placement.offer;

/** Where an offer of a unit stands. Only an OPEN offer reserves its unit. */
public enum OfferStatus {
    OPEN,
    /** Persons of the coupling were placed in the offered unit. */
    ACCEPTED,
    DECLINED,
    /** The coupling was cancelled, or housed without the offered unit. */
    WITHDRAWN
}
