package nl.permitholders.supervision.dashboard;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Set;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.live.LiveQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The dashboard's live update of the province overview: which of the province's municipalities changed, as they do. */
@Path("/dashboard")
public class OverviewChangesResource {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    @Inject
    LiveQueries live;
    @Inject
    Viewer viewer;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/wijzigingen")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true, summary = "Which municipalities of the province changed (Server-Sent Events), for the page's live update",
            description = "First an event 'verbonden', then an event 'gewijzigd' with a municipality code each time an event "
                    + "this instance consumed changed its figures. A comment every 25 s keeps the connection open.")
    public Multi<OutboundSseEvent> changes(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code, @Context Sse sse) {
        viewer.toProvince(code).await().atMost(Duration.ofSeconds(10));
        Multi<OutboundSseEvent> changed = Multi.createFrom().<Set<String>>emitter(emitter -> {
                    Runnable stop = live.listen(emitter::emit);
                    emitter.onTermination(stop);
                }, BackPressureStrategy.BUFFER)
                .onItem().transformToUniAndConcatenate(change -> live.inProvince(code, change))
                .onItem().transformToIterable(list -> list)
                .map(municipality -> sse.newEventBuilder().name("gewijzigd").data(municipality).build());
        Multi<OutboundSseEvent> connected = Multi.createFrom().item(sse.newEventBuilder().name("verbonden").data(code).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(Multi.createBy().concatenating().streams(connected, changed), keepAlive);
    }
}
