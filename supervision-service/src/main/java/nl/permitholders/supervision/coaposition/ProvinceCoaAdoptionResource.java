package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.coaposition.CoaAdoptionResource.AdoptionView;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A province adopts COA's file for all its municipalities at a deadline in one step: it reads the lines whose figure
 * differs from what counts now, and confirms those it adopts; the others it leaves.
 */
@Path(SupervisionApi.BASE + "/provinces/{code}/coa-position-adoptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "COA's positions")
public class ProvinceCoaAdoptionResource {

    /** At most this many lines in one confirmation: more municipalities than any province has. */
    static final int LINES_MAX = 500;

    @Inject
    CoaAdoptionService adoptions;

    @Inject
    CoaAdoptionQueries queries;

    @Schema(requiredProperties = {"provinceCode", "deadline", "figure", "agreeing", "lines"})
    public record DifferencesView(String provinceCode, LocalDate deadline, AdoptedFigure figure,
                                  @Schema(description = "how many municipalities' lines agree with what counts now: nothing to adopt")
                                  int agreeing,
                                  @Schema(description = "the lines whose figure differs, in municipality code order") List<CoaDifference> lines) {

        static DifferencesView of(CoaAdoptionQueries.Differences d) {
            return new DifferencesView(d.provinceCode(), d.deadline(), d.figure(), d.agreeing(), d.lines());
        }
    }

    /** A line of COA's file confirmed for adoption, as the list of differences names it. */
    @Schema(requiredProperties = {"municipalityCode", "importId", "line"})
    public record ConfirmedLine(@NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
                                @NotNull UUID importId, @NotNull Integer line) {
    }

    /** Who adopts is not part of the request: it is the caller the token names. */
    @Schema(requiredProperties = {"deadline", "reason", "lines"})
    public record ProvinceAdoptionRequest(@Schema(description = "a 1 January or 1 July that has come, yyyy-mm-dd") @NotNull LocalDate deadline,
                                          @NotBlank @Size(max = CoaAdoptionService.REASON_MAX) String reason,
                                          @Schema(description = "END_POSITION (default) or CARRIED_IN, as for one municipality")
                                          AdoptedFigure figure,
                                          @Schema(description = "the day the adoption was decided, yyyy-mm-dd; default today, never later")
                                          LocalDate decidedOn,
                                          @Schema(description = "the lines to adopt, each naming its municipality, import and line as "
                                                  + "listProvinceCoaDifferences gives them; at most one per municipality")
                                          @NotNull @Size(min = 1, max = LINES_MAX) List<@Valid @NotNull ConfirmedLine> lines) {
    }

    @RolesAllowed(Roles.PROVINCE)
    @GET
    @Path("/{deadline}/differences")
    @Operation(operationId = "listProvinceCoaDifferences",
            summary = "The lines of COA's files whose figure at a deadline differs from what counts for the province's municipalities now",
            description = "Per municipality of the province, the latest import of the province with a line in the figure's reference "
                    + "dates (END_POSITION, the default: the deadline or the day before; CARRIED_IN: the half-year starting "
                    + "there), beside what counts there now: the position judged at the deadline (COA's end position where "
                    + "adopted, else the system's figures) or the backlog carried into the next half-year, and the system's "
                    + "own arithmetic. Only the lines that differ are listed, in code order, each to confirm "
                    + "(adoptProvinceCoaPositions) or leave; agreeing counts the others. A line that cannot be adopted says "
                    + "why (refusal). 400 naming deadline when it is no 1 January or 1 July that has come.")
    public Uni<DifferencesView> differences(
            @PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
            @Parameter(description = "a 1 January or 1 July, yyyy-mm-dd", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("deadline") String deadlineText,
            @Parameter(description = "END_POSITION (default) or CARRIED_IN",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"END_POSITION", "CARRIED_IN"}, defaultValue = "END_POSITION"))
            @QueryParam("figure") String figureText) {
        QueryParams params = new QueryParams();
        LocalDate deadline = params.date("deadline", deadlineText);
        AdoptedFigure figure = params.enumValue("figure", figureText, AdoptedFigure.class);
        params.throwIfAny();
        return queries.differences(code, deadline, figure == null ? AdoptedFigure.END_POSITION : figure).map(DifferencesView::of);
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adoptProvinceCoaPositions",
            summary = "Adopt COA's figure at a deadline for the confirmed lines of the province's municipalities, in one step",
            description = "Each confirmed line (municipalityCode, importId, line, as listProvinceCoaDifferences lists them) is "
                    + "adopted as adoptCoaPosition adopts one, all in one transaction: each municipality's closed half-years "
                    + "are judged again with its adoption as the cause, and the province's totals, standings, timeline and "
                    + "report then show COA's figure for them. A line must be of an import of the province, of a municipality "
                    + "that lies in it, in the figure's reference dates; a municipality is named once. When one line is "
                    + "refused nothing is adopted: 400 naming each refused line (lines[i]) and why. Province staff only.")
    @APIResponse(responseCode = "201", description = "Adopted: one adoption per confirmed line, in the order confirmed",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = AdoptionView.class)))
    public Uni<Response> adopt(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                               @Valid @NotNull ProvinceAdoptionRequest request) {
        return adoptions.adoptForProvince(code, request.deadline(), request.figure() == null ? AdoptedFigure.END_POSITION : request.figure(),
                        request.reason(), request.decidedOn(), request.lines().stream()
                                .map(l -> new CoaAdoptionService.NamedLine(l.municipalityCode(), l.importId(), l.line())).toList())
                .map(adopted -> Response.created(URI.create(SupervisionApi.BASE + "/provinces/" + code + "/coa-reconciliation"))
                        .entity(adopted.stream().map(AdoptionView::of).toList()).build());
    }
}
