package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's answer of 4xx or 5xx, with the fields its problem+json names ({@code invalidParams}): what a form says
 * back in Dutch. Its status is the service's, so that a page it fails is the Dutch page of that status.
 */
public class Refusal extends WebApplicationException {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A field the service refused, and why, in its own (English) words. */
    public record InvalidParam(String name, String reason) {
    }

    private final transient List<InvalidParam> invalidParams;

    private Refusal(int status, List<InvalidParam> invalidParams) {
        super("The service answered " + status, status);
        this.invalidParams = invalidParams;
    }

    /** The refusal {@code response} carries: its status, and the invalid fields its problem+json names, if any. */
    public static Refusal of(Response response) {
        List<InvalidParam> params = new ArrayList<>();
        try {
            if (response.hasEntity()) {
                JsonNode problem = JSON.readTree(response.getEntity() instanceof String body ? body : response.readEntity(String.class));
                problem.path("invalidParams").forEach(p -> params.add(new InvalidParam(p.path("name").asText(""),
                        p.path("reason").asText(""))));
            }
        } catch (RuntimeException | java.io.IOException e) {
            // Not problem+json: the status alone says what happened.
        }
        return new Refusal(response.getStatus(), List.copyOf(params));
    }

    public int status() {
        return getResponse().getStatus();
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** The first field the service named; empty when it named none. */
    public String firstField() {
        return invalidParams.isEmpty() ? "" : invalidParams.get(0).name();
    }

    /** The first field a failure's refusal named; empty for any other failure. */
    public static String fieldOf(Throwable failure) {
        return failure instanceof Refusal refusal ? refusal.firstField() : "";
    }

    /** The HTTP status of a failure of a call to a service; 0 for one that got no answer. */
    public static int statusOf(Throwable failure) {
        return failure instanceof WebApplicationException w ? w.getResponse().getStatus() : 0;
    }
}
