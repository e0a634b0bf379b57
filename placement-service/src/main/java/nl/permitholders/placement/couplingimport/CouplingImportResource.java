package nl.permitholders.placement.couplingimport;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.placement.couplingimport.CouplingImportService.Received;
import nl.permitholders.placement.couplingimport.CouplingImportService.Upload;
import nl.permitholders.placement.couplingimport.CouplingImportView.RefusalView;
import nl.permitholders.platform.api.ContentTooLargeException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.Problem;
import nl.permitholders.platform.imports.TableFormat;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** COA's records taken in at once, and each import's status (docs/placement-api.md, "Importing COA's records"). */
@Path(PlacementApi.BASE + "/coupling-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coupling imports")
public class CouplingImportResource {

    private static final String CSV = "text/csv";
    private static final Duration READ_WAIT = Duration.ofSeconds(30);

    @Inject
    CouplingImportService imports;

    @Inject
    CouplingImportQueries queries;

    @RolesAllowed({Roles.COA, Roles.RIJK})
    @POST
    @Consumes({CSV, TableFormat.XLSX_MEDIA_TYPE})
    @Operation(operationId = "importCouplings",
            summary = "Import COA's records of couplings, with their placements, reunifications and cancellations (CSV or .xlsx)",
            description = "One line per household under COA's reference, with Dutch column headers in any order and any case "
                    + "(docs/placement-api.md, \"Importing COA's records\"): COA-referentie, Gemeentecode, Volwassenen, "
                    + "Minderjarigen, Huishouden, Vergunningsdatum and Koppeldatum; optionally Verwachte nareizigers, Opvangregio, "
                    + "Eigen regio, Rolstoeltoegankelijk; Datum huisvesting, Personen gehuisvest and Soort huisvesting; Datum "
                    + "aankomst nareizigers and Nareizigers aangekomen; Datum annulering and Reden annulering. Each line is judged "
                    + "by the rules of the single writes and makes the same events on placement.events. All or nothing: when a "
                    + "line is refused nothing is stored, and every refusal names its line and column (\"line 17: "
                    + "Gemeentecode\"). Idempotent on COA's reference: a line stored before changes nothing; a reference "
                    + "registered with other data is refused (correct it through its corrections). A file of at most 1,000 "
                    + "lines is answered when it has been processed (201, or 400 with the refusals, nothing kept); a larger one "
                    + "with 202 and the import's status, to poll. At most 64 MB and 250,000 lines (413). COA, and the Rijk "
                    + "taking in a province's or the country's history.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = TableFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Imported whole (a file of at most 1,000 lines); Location names the import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouplingImportView.class)))
    @APIResponse(responseCode = "202", description = "Received and waiting to be processed; Location names the import's "
            + "status, to poll until ACCEPTED or REFUSED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouplingImportView.class)))
    @APIResponse(responseCode = "400", description = "A file of at most 1,000 lines with refused lines (invalidParams names "
            + "every one: \"line 17: Gemeentecode\"), nothing stored; any file that cannot be read, lacks a column or has no lines",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 64 MB or has more than 250,000 lines",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importFile(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                               @Parameter(description = "the file's name, as the import shows it (up to 200 characters)")
                               @QueryParam("fileName") String fileName,
                               InputStream body) {
        if (declaredLength(contentLength) > CouplingImportService.MAX_BYTES) {
            throw ContentTooLargeException.bytes("The file", CouplingImportService.MAX_BYTES);
        }
        TableFormat format = TableFormat.of(contentType);
        Received received = imports.receive(new Upload(fileName(fileName, format), format, body));
        CouplingImportView view = queries.view(received.id()).await().atMost(READ_WAIT);
        URI location = URI.create(PlacementApi.BASE + "/coupling-imports/" + received.id());
        return (received.ended() ? Response.created(location) : Response.accepted().location(location)).entity(view).build();
    }

    @RolesAllowed({Roles.COA, Roles.RIJK})
    @GET
    @Operation(operationId = "listCouplingImports", summary = "The imports of COA's records, the latest first, without their refusals")
    public Uni<Page<CouplingImportView>> list(@BeanParam PageParams paging) {
        return queries.list(paging.request());
    }

    @RolesAllowed({Roles.COA, Roles.RIJK})
    @GET
    @Path("/{importId}")
    @Operation(operationId = "getCouplingImport", summary = "An import of COA's records: how far it is, what it did, its first refusals",
            description = "state RECEIVING, WAITING, CHECKING (lines judged: linesChecked), STORING (linesStored), then ACCEPTED "
                    + "(every household stored; eventsPublished counts its events on placement.events) or REFUSED (nothing "
                    + "stored; refusals names the first 100 refused fields, .../refusals all of them), or FAILED (nothing "
                    + "stored, the service's fault: send the file again). Its completion is also published as "
                    + "coupling-import-completed on placement.events.")
    public Uni<CouplingImportView> get(@PathParam("importId") UUID importId) {
        return queries.view(importId);
    }

    @RolesAllowed({Roles.COA, Roles.RIJK})
    @GET
    @Path("/{importId}/refusals")
    @Operation(operationId = "listCouplingImportRefusals", summary = "Every refusal of an import, in the file's order")
    public Uni<Page<RefusalView>> refusals(@PathParam("importId") UUID importId, @BeanParam PageParams paging) {
        return queries.refusals(importId, paging.request());
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String fileName(String given, TableFormat format) {
        if (given == null || given.isBlank()) {
            return format == TableFormat.XLSX ? "coa-records.xlsx" : "coa-records.csv";
        }
        if (given.length() > CouplingImportService.FILE_NAME_MAX || given.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("fileName", "must be 1 to " + CouplingImportService.FILE_NAME_MAX
                    + " characters without control characters");
        }
        return given.strip();
    }
}
