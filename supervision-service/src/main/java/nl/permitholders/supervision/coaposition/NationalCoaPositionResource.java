package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.coaposition.CoaAdoptionResource.AdoptionRequest;
import nl.permitholders.supervision.coaposition.CoaAdoptionResource.AdoptionView;
import nl.permitholders.supervision.coaposition.CoaPositionResource.ImportView;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Rijk at national level: COA's file of the whole country imported, and COA's figures at a deadline adopted for all. */
@Path(SupervisionApi.BASE + "/national")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "COA's positions")
@RolesAllowed(Roles.RIJK)
public class NationalCoaPositionResource {

    @Inject
    CoaPositionImportService imports;

    @Inject
    CoaAdoptionService adoptions;

    @POST
    @Path("/coa-position-imports")
    @Consumes({"text/csv", CoaPositionResource.XLSX})
    @Operation(operationId = "importNationalCoaPositions",
            summary = "Import COA's positions of the whole country (CSV or .xlsx), one import per province",
            description = "The same file, columns, Stand convention and checks as importCoaPositions, for any registered "
                    + "municipality: the lines are stored as one import per province they belong to (each province's "
                    + "reconciliation shows its own), all in one transaction. All or nothing: when any line is refused, "
                    + "nothing is stored and invalidParams names every refused line and field; a line of a municipality that "
                    + "is not registered is refused (\"line 7: Gemeentecode\"). The Rijk only.")
    @APIResponse(responseCode = "201", description = "Imported: the imports made, one per province, in province order",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ImportView.class)))
    public Uni<Response> importFile(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                    @Parameter(description = "the file's name, as shown in the lists of imports (up to 200 characters)")
                                    @QueryParam("fileName") String fileName,
                                    @Parameter(description = "how the file writes the Stand: COA (default: a backlog negative) or "
                                            + "BACKLOG_POSITIVE", schema = @Schema(enumeration = {"COA", "BACKLOG_POSITIVE"}))
                                    @QueryParam("standConvention") String convention, byte[] body) {
        CoaPositionResource.Upload upload = CoaPositionResource.upload(contentType, fileName, convention, body);
        return imports.storeNational(upload.fileName(), upload.lines(), upload.convention())
                .map(stored -> Response.created(URI.create(SupervisionApi.BASE + "/national/series"))
                        .entity(stored.stream().map(ImportView::of).toList()).build());
    }

    @POST
    @Path("/coa-position-adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adoptNationalCoaPositions",
            summary = "Adopt COA's figure at a deadline for every municipality of the country that COA's files have it for",
            description = "As adoptCoaPosition does for one municipality, for every registered municipality that an import has "
                    + "such a line for, in one transaction: END_POSITION (the default) COA's end position of the half-year "
                    + "before the deadline, CARRIED_IN the amount COA later carried into the half-year starting there (its "
                    + "revision). Each adoption names the reason and the caller; each municipality's closed half-years are "
                    + "judged again with its adoption as the cause. Nothing is overwritten: an earlier adoption at the same "
                    + "deadline, the province's or the Rijk's, stays on record and the latest stands. 400 naming deadline "
                    + "when it is no 1 January or 1 July that has come, or no import has a line for any municipality. The "
                    + "Rijk only.")
    @APIResponse(responseCode = "201", description = "Adopted: one adoption per municipality, in code order",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = AdoptionView.class)))
    public Uni<Response> adopt(@Valid @NotNull AdoptionRequest request) {
        return adoptions.adoptNationally(request.deadline(), request.figure() == null ? AdoptedFigure.END_POSITION : request.figure(),
                        request.reason(), request.decidedOn())
                .map(adopted -> Response.created(URI.create(SupervisionApi.BASE + "/national/series"))
                        .entity(adopted.stream().map(AdoptionView::of).toList()).build());
    }
}
