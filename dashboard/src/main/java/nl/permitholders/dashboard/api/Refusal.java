package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final transient List<String> successors;
    private final transient Lifespan lifespan;

    private Refusal(int status, List<InvalidParam> invalidParams, List<String> successors, Lifespan lifespan) {
        super("The service answered " + status, status);
        this.invalidParams = invalidParams;
        this.successors = successors;
        this.lifespan = lifespan;
    }

    /**
     * The refusal {@code response} carries: its status, the invalid fields its problem+json names, if any, and the
     * addresses its {@code Link} headers give as {@code rel="successor-version"} (a municipality's half-year after it ended:
     * its successors' figures, 410).
     */
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
        return new Refusal(response.getStatus(), List.copyOf(params), successors(response.getStringHeaders().get("Link")), null);
    }

    private static List<String> successors(List<String> links) {
        if (links == null) {
            return List.of();
        }
        return links.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(link -> link.startsWith("<") && link.contains("rel=\"successor-version\""))
                .map(link -> link.substring(1, link.indexOf('>'))).toList();
    }

    /** The addresses of what the refused thing became (410), in the service's API; empty for any other refusal. */
    public List<String> successors() {
        return successors;
    }

    /** This refusal with the lifespan of the municipality it is about (410): what it became, in names and a date. */
    public Refusal withLifespan(Lifespan about) {
        return new Refusal(getResponse().getStatus(), invalidParams, successors, about);
    }

    /** The municipality's lifespan read beside a 410; null when none was read. */
    public Lifespan lifespan() {
        return lifespan;
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
