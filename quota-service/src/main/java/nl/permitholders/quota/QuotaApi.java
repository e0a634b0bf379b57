package nl.permitholders.quota;

/** The quota API's base path, with its major version (NL GOV API Design Rules). */
public final class QuotaApi {

    public static final String BASE = "/quota/v1";

    private QuotaApi() {
    }
}
