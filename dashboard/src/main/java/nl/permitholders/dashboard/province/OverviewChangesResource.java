package nl.permitholders.dashboard.province;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.SupervisionClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

/**
 * The overview's live update: which of the province's municipalities changed, as they do. A browser's EventSource
 * cannot carry the person's token, so the dashboard follows supervision's stream of the province's figures
 * (streamFigureChanges) in the person's name and relays, per change, the municipality's code; the page then fetches
 * that municipality's row. Supervision sends every municipality's figures first: those are what the page already
 * shows, so a municipality is relayed only when its figures differ from the ones last seen on this connection.
 */
@Path("/dashboard")
@Authenticated
public class OverviewChangesResource {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    Viewer viewer;
    @Inject
    ObjectMapper json;

    @GET
    @Path("/provincies/{code}/wijzigingen")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> changes(@PathParam("code") @Pattern(regexp = OverviewPageResource.PROVINCE) String code,
                                           @QueryParam("periode") String periodText, @Context Sse sse) {
        HalfYear period = viewer.period(periodText);
        ChangedMunicipalities changed = new ChangedMunicipalities(json);
        AtomicBoolean ended = new AtomicBoolean();
        Multi<OutboundSseEvent> relayed = supervision.figureChanges(code, period.toString(), viewer.bearer())
                .filter(event -> "figures".equals(event.name()))
                .map(changed::of)
                .filter(Optional::isPresent)
                .map(municipality -> sse.newEventBuilder().name("gewijzigd").data(municipality.get()).build())
                .onTermination().invoke(() -> ended.set(true));
        Multi<OutboundSseEvent> connected = Multi.createFrom().item(sse.newEventBuilder().name("verbonden").data(code).build());
        // When supervision's stream ends (it restarted, or refused), this one ends too, and the browser connects again.
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE).select().first(tick -> !ended.get())
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(Multi.createBy().concatenating().streams(connected, relayed), keepAlive);
    }

    /** The municipalities whose figures changed since this connection last saw them; the first sight of each is no change. */
    static final class ChangedMunicipalities {

        private final ObjectMapper json;
        private final Map<String, String> lastSeen = new HashMap<>();

        ChangedMunicipalities(ObjectMapper json) {
            this.json = json;
        }

        synchronized Optional<String> of(SseEvent<String> event) {
            String figures = event.data();
            String municipality;
            try {
                municipality = json.readTree(figures).path("municipalityCode").asText(null);
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
            if (municipality == null) {
                return Optional.empty();
            }
            String before = lastSeen.put(municipality, figures);
            return before == null || before.equals(figures) ? Optional.empty() : Optional.of(municipality);
        }
    }
}
