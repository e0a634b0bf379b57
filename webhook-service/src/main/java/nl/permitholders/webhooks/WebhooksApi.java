package nl.permitholders.webhooks;

/** The webhooks API's base path, with its major version (NL GOV API Design Rules). */
public final class WebhooksApi {

    public static final String BASE = "/webhooks/v1";

    private WebhooksApi() {
    }
}
