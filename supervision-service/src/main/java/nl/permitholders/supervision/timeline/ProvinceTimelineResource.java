package nl.permitholders.supervision.timeline;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Optional;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.Today;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.reference.Province;
import nl.permitholders.supervision.timeline.TimelineResource.TimelineView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/provinces/{code}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class ProvinceTimelineResource {

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    Today today;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @WithSession
    @Operation(summary = "A province's backlog at every deadline and persons housed per month: the sum of its municipalities",
            description = "From 'from' (default: the earliest half-year of its municipalities' ledgers) up to 'until' (default: the "
                    + "current half-year). A merged municipality counts up to its merger, the new one from then on (R3).")
    public Uni<TimelineView> province(
            @PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
            @Parameter(description = "first half-year, yyyy-Hn") @QueryParam("from") String fromText,
            @Parameter(description = "last half-year, yyyy-Hn") @QueryParam("until") String untilText) {
        LocalDate now = today.date();
        Optional<Period> fromParam = TimelineResource.optionalPeriod("from", fromText);
        Optional<Period> untilParam = TimelineResource.optionalPeriod("until", untilText);
        return Province.<Province>findById(code)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("Nothing is known yet about province " + code + "."))
                .flatMap(province -> {
                    Period current = Period.containing(now);
                    return from(code, fromParam, current).flatMap(from -> {
                        // A ledger may start in a later half-year (its quota is known ahead): the default runs up to there at least.
                        Period until = untilParam.orElse(from.isBefore(current) ? current : from);
                        TimelineResource.checkRange(from, until);
                        return ledgers.eachOfProvince(code, k -> Timeline.of(k.ledger(), from, until, now, k.mergedFrom()))
                                .map(parts -> TimelineView.of(code, province.name, from, until, Timeline.sum(from, until, now, parts)));
                    });
                });
    }

    /**
     * The first half-year asked for; by default the earliest of the province's ledgers (the current half-year if none has
     * figures), found in a pass over the ledgers before the one that computes the timelines: neither holds them all.
     */
    private Uni<Period> from(String code, Optional<Period> asked, Period current) {
        if (asked.isPresent()) {
            return Uni.createFrom().item(asked.get());
        }
        return ledgers.eachOfProvince(code, known -> known.ledger().start())
                .map(starts -> starts.stream().flatMap(Optional::stream).min(Period::compareTo).orElse(current));
    }

}
