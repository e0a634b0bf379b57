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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.Adopter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Province staff, or the Rijk, adopt COA's position at a deadline as a municipality's position from then on. */
@Path(SupervisionApi.BASE + "/municipalities/{code}/coa-position-adoptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "COA's positions")
@ChecksMunicipalityAccess
public class CoaAdoptionResource {

    @Inject
    CoaAdoptionService adoptions;

    @Inject
    CoaAdoptionQueries queries;

    @Inject
    FiguresQueries figures;

    /** Who adopts is not part of the request: it is the caller the token names. */
    public record AdoptionRequest(@Schema(description = "a 1 January or 1 July that has come, yyyy-mm-dd") @NotNull LocalDate deadline,
                                  @NotBlank @Size(max = CoaAdoptionService.REASON_MAX) String reason,
                                  @Schema(description = "END_POSITION (default): COA's position at the end of the half-year before; "
                                          + "CARRIED_IN: the amount COA later carried into the half-year starting at the deadline "
                                          + "(Gecorrigeerde taakstelling - Taakstelling of its latest line of that half-year), its revision")
                                  AdoptedFigure figure,
                                  @Schema(description = "the import whose line to adopt; default the latest import with such a line. "
                                          + "Naming an earlier import confirms a figure COA gave otherwise in a later one")
                                  UUID importId,
                                  @Schema(description = "the day the adoption was decided, yyyy-mm-dd; default today, never later, "
                                          + "never before the reference date of COA's figure. History recorded later carries the "
                                          + "day it was decided: figures asked as of a date count an adoption decided by then")
                                  LocalDate decidedOn) {
    }

    @Schema(requiredProperties = {"id", "municipalityCode", "deadline", "figure", "position", "referenceDate", "line",
            "adoptedAt", "adopter", "decidedOn"})
    public record AdoptionView(UUID id, String municipalityCode, LocalDate deadline, AdoptedFigure figure,
                               @Schema(description = "COA's figure adopted: the backlog carried into the half-year starting at "
                                       + "the deadline (negative: a lead)") int position,
                               @Schema(description = "the reference date of COA's line the figure came from; figures asked as of "
                                       + "an earlier date do not count it yet") LocalDate referenceDate,
                               UUID importId, int line, String reason, String adoptedBy, Instant adoptedAt,
                               @Schema(description = "PROVINCE or RIJK: who adopted. The province's adoption counts for its figures, "
                                       + "verdicts and ladder, the Rijk's for the national series; where only one adopted at a "
                                       + "deadline, that one counts for both. Neither replaces the other") Adopter adopter,
                               @Schema(description = "the day it was decided; adoptedAt is when it was recorded") LocalDate decidedOn) {

        static AdoptionView of(Adoption a) {
            return new AdoptionView(a.id(), a.municipalityCode(), a.deadline(), a.figure(), a.position(), a.referenceDate(), a.importId(),
                    a.line(), a.reason(), a.adoptedBy(), a.adoptedAt(), a.adopter(), a.decidedOn());
        }
    }

    @RolesAllowed({Roles.PROVINCE, Roles.RIJK})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adoptCoaPosition",
            summary = "Adopt COA's position at a deadline as the municipality's position from then on (re-anchoring)",
            description = "figure END_POSITION (the default) takes COA's position (Stand) at the end of the half-year before "
                    + "the deadline, from the latest import with a line for the municipality on the deadline (COA's reference "
                    + "date) or the day before; CARRIED_IN takes the amount COA carried into the half-year starting at the "
                    + "deadline (Gecorrigeerde taakstelling - Taakstelling) from its latest line of that half-year, COA's "
                    + "revision. Either becomes the backlog carried into the half-year starting at the deadline: from then on "
                    + "the figures count from it, later facts on top of it; half-years before keep their figures. The ledger "
                    + "of that half-year shows it (kind ANCHORED, eventType coa-position-adopted or coa-carried-in-adopted, "
                    + "publishedOn the line's reference date, with reason and author); figures asked as of a date before that "
                    + "reference date show what was known then. The closed half-years are judged again in the same "
                    + "transaction, a changed verdict recorded with the adoption as its cause. The deadline must be a 1 January "
                    + "or 1 July that has come and an import must have such a line (400 naming deadline otherwise); who "
                    + "adopts is the caller the token names: province staff for their own province's municipalities, the Rijk for "
                    + "any. Nothing is overwritten: a later adoption at the same deadline "
                    + "follows and stands (adopting again also clears the mark to review). An import after the adoption that "
                    + "gives the adopted figure otherwise (COA's revision) marks the adoption to review (toReview in the "
                    + "reconciliation and the ledger) until staff adopt again, the new figure, or confirm the adopted one by "
                    + "adopting its line again (importId).")
    @APIResponse(responseCode = "201", description = "Adopted; Location names the municipality's adoptions",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AdoptionView.class)))
    public Uni<Response> adopt(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                               @Valid @NotNull AdoptionRequest request) {
        return figures.municipality(code).flatMap(known -> adoptions.adopt(code, request.deadline(),
                        request.figure() == null ? AdoptedFigure.END_POSITION : request.figure(), request.reason(), request.importId(),
                        request.decidedOn()))
                .map(adopted -> Response.created(URI.create(SupervisionApi.BASE + "/municipalities/" + code + "/coa-position-adoptions"))
                        .entity(AdoptionView.of(adopted)).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(operationId = "listCoaAdoptions",
            summary = "Every adoption of COA's position for the municipality, in the order decided")
    public Uni<List<AdoptionView>> adoptions(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return queries.of(code).map(all -> all.stream().map(AdoptionView::of).toList());
    }
}
