package nl.permitholders.supervision.live;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.permitholders.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresQueries.MunicipalityFigures;
import nl.permitholders.supervision.figures.FiguresView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/provinces/{code}/figure-changes")
@Tag(name = "Figures")
public class FigureChangesResource {

    /** Stands for "every municipality of the province": what a new stream starts with. */
    private static final Set<String> EVERY_MUNICIPALITY = Set.of();
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    @Inject
    LiveQueries live;

    @Inject
    FiguresQueries figures;


    @Inject
    Clock clock;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamFigureChanges",
            summary = "A live stream of the province's changing figures (Server-Sent Events)",
            description = "First an event 'figures' for every municipality of the province, then one each time an event changes a "
                    + "municipality's figures: its figures for 'period' (default: the current half-year), as "
                    + "GET /municipalities/{code}/periods/{period} gives them. A comment line every 25 s keeps the connection open. "
                    + "An instance streams the changes from the events it consumed itself.")
    @APIResponse(responseCode = "200", description = "A stream of Server-Sent Events named 'figures', each with an id; "
            + "the data of each is one municipality's figures as JSON (the schema below)",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = FiguresView.class)))
    public Multi<OutboundSseEvent> figureChanges(
            @PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
            @Parameter(description = "the half-year to follow, yyyy-Hn; default the current one",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @QueryParam("period") String periodText,
            @Context Sse sse) {
        Period fixed = periodText == null || periodText.isEmpty() ? null : PeriodParam.parse("period", periodText);
        boolean known = live.provinceKnown(code).await().atMost(Duration.ofSeconds(10));
        if (!known) {
            throw new ResourceNotFoundException("Nothing is known yet about province " + code + ".");
        }
        AtomicLong sequence = new AtomicLong();
        Multi<OutboundSseEvent> figures = Multi.createFrom().<Set<String>>emitter(emitter -> {
                    Runnable stop = live.listen(emitter::emit);
                    emitter.onTermination(stop);
                    emitter.emit(EVERY_MUNICIPALITY);
                }, BackPressureStrategy.BUFFER)
                .onItem().transformToUniAndConcatenate(change -> figuresOf(code, change, fixed))
                .onItem().transformToIterable(list -> list)
                .map(view -> sse.newEventBuilder().name("figures").id(Long.toString(sequence.incrementAndGet()))
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(FiguresView.class, view).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(figures, keepAlive);
    }

    /**
     * The figures of the changed municipalities that lie in the province (all of its municipalities at the start), read
     * through the same cache as the API's ({@link FiguresQueries}), so the streams of every province and the API's
     * readers share one computation per municipality and ledger version.
     */
    private Uni<List<FiguresView>> figuresOf(String province, Set<String> changed, Period fixed) {
        Period period = fixed != null ? fixed : Period.containing(LocalDate.now(clock));
        if (changed == EVERY_MUNICIPALITY) {
            return figures.ofProvince(province, period, null).map(all -> all.stream().map(MunicipalityFigures::figures).toList());
        }
        return figures.figures(changed, period, null).map(all -> all.stream().filter(v -> province.equals(v.provinceCode())).toList());
    }
}
