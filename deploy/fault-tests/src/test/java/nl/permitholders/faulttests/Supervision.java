package nl.permitholders.faulttests;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.infrastructure.ServiceProcess;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/** What supervision shows: a municipality's figures (read as the Rijk) and the metrics operators alert on. */
final class Supervision {

    /** The figures are read as of the end of this half-year, which every scenario writes into. */
    static final String PERIOD = "2025-H1";
    static final String AS_OF = "2025-06-30";
    /** Supervision's consumer group and the topics it consumes. */
    static final String GROUP = "supervision-service";
    static final List<String> EVENT_TOPICS = List.of("quota.events", "placement.events", "housing-stock.events");

    private final SystemStack stack;

    Supervision(SystemStack stack) {
        this.stack = stack;
    }

    /** The municipality's figures for 2025-H1, or an empty map while supervision does not know it. */
    Map<String, Object> figures(String municipality) {
        Response response = given().baseUri(stack.url(Service.SUPERVISION)).auth().oauth2(stack.issuer().rijk())
                .queryParam("asOf", AS_OF).queryParam("view", "KNOWN_TODAY").get("/municipalities/{code}/periods/{period}", municipality, PERIOD);
        return response.statusCode() == 200 ? response.jsonPath().getMap("") : Map.of();
    }

    int figure(String municipality, String name) {
        Object value = figures(municipality).get(name);
        return value == null ? -1 : ((Number) value).intValue();
    }

    /**
     * The sum of a Prometheus metric's samples on {@code instance} whose labels contain every one of
     * {@code labels} (e.g. {@code outcome="applied"}); 0 when there is none yet.
     */
    static double metric(ServiceProcess instance, String name, String... labels) {
        String text = given().baseUri(instance.baseUrl()).get("/q/metrics").then().statusCode(200).extract().asString();
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(text);
        double sum = 0;
        while (matcher.find()) {
            String found = matcher.group(1) == null ? "" : matcher.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }

    double applied() {
        return metric(stack.process(Service.SUPERVISION), "supervision_projection_events_total", "outcome=\"applied\"");
    }
}
