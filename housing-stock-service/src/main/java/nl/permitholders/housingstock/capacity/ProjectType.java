package nl.permitholders.housingstock.capacity;

/** How a project adds capacity. */
public enum ProjectType {
    /** New homes (nieuwbouw), possibly mixed with other target groups. */
    NEW_BUILD,
    /** Flex homes (flexwoningen), temporary by design. */
    FLEX,
    /** A vacant building turned into homes (transformatie). */
    TRANSFORMATION
}
