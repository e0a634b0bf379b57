package nl.permitholders.housingstock.unit;

/** Who owns and lets a unit. */
public enum OwnerType {
    /** A housing corporation (woningcorporatie). */
    CORPORATION,
    /** The municipality itself. */
    MUNICIPALITY,
    /** A private landlord, e.g. renting out rooms. */
    PRIVATE_LANDLORD
}
