package nl.permitholders.placement;

/** The placement API's base path, with its major version (NL GOV API Design Rules). */
public final class PlacementApi {

    public static final String BASE = "/placements/v1";

    private PlacementApi() {
    }
}
