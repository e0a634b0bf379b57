package nl.permitholders.supervision;

/** The supervision API's base path, with its major version (NL GOV API Design Rules). */
public final class SupervisionApi {

    public static final String BASE = "/supervision/v1";

    /** The query parameter that says which view of a date asked as {@code asOf} an answer gives. */
    public static final String VIEW = "view";

    /** What {@link #VIEW} says, as every operation with it documents it. */
    public static final String VIEW_DESCRIPTION = "with asOf, which view of that date: KNOWN_THEN (the default: as known then, "
            + "counting the facts registered by that date and the decisions taken by then, so a placement registered later with "
            + "an earlier date does not count) or KNOWN_TODAY (today's view of that date: every fact known now that happened by "
            + "then, the decisions taken by then). The answer says which (view)";

    private SupervisionApi() {
    }
}
