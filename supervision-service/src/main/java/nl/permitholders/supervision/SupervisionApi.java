package nl.permitholders.supervision;

/** The supervision API's base path, with its major version (NL GOV API Design Rules). */
public final class SupervisionApi {

    public static final String BASE = "/supervision/v1";

    private SupervisionApi() {
    }
}
