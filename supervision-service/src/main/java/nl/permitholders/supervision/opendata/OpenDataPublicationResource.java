package nl.permitholders.supervision.opendata;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.permitholders.platform.api.FreeText;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Rijk publishes a half-year's open data now, besides the daily cut-off (docs/open-data.md). */
@Path(SupervisionApi.BASE + "/open-data/publications")
@Tag(name = "Open data")
public class OpenDataPublicationResource {

    @Schema(name = "OpenDataPublicationRequest", requiredProperties = "period")
    public record PublicationRequest(
            @NotNull @Schema(pattern = Period.PATTERN, example = "2025-H2") String period,
            @Size(max = 500) @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE)
            @Schema(description = "why, put before the changes in a correction's reason (at most 500 characters)") String note) {
    }

    @Inject
    OpenDataPublishingService publishing;

    @Context
    UriInfo uri;

    @RolesAllowed(Roles.RIJK)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishOpenData",
            summary = "Publish a half-year's open data on today's position date",
            description = "The figures of every municipality at the end of each month of the half-year that has ended (its "
                    + "last day once it has ended) become the half-year's next version when they differ from its latest: "
                    + "201 with that version (MONTHLY on a later position date, CORRECTION on the same one, its reason naming "
                    + "what changed). 200 with the latest version when it already says the same. 400 naming period when no "
                    + "month of the half-year has ended yet; 409 while no municipality's figures of it are known.")
    @APIResponse(responseCode = "201", description = "Published; Location names the half-year's versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenDataDatasetView.VersionView.class)))
    @APIResponse(responseCode = "200", description = "Nothing new: the latest version already has these figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenDataDatasetView.VersionView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> publish(@Valid @NotNull PublicationRequest request) {
        Period period = PeriodParam.parse("period", request.period());
        String dataset = uri.getBaseUriBuilder().path(SupervisionApi.BASE).path("open-data/datasets").path(period.toString()).build().toString();
        return publishing.publish(period, request.note()).map(outcome -> {
            OpenDataDatasetView.VersionView latest = OpenDataDatasetView.VersionView.of(dataset, outcome.latest());
            return outcome.published().isPresent()
                    ? Response.created(URI.create(dataset)).entity(latest).build()
                    : Response.ok(latest).build();
        });
    }
}
