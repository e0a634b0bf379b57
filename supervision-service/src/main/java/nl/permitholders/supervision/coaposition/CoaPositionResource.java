package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import nl.permitholders.platform.period.DateParam;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.UuidParam;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** COA's position files: imported by province staff, kept, and read back. */
@Path(SupervisionApi.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "COA's positions")
public class CoaPositionResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CoaPositionImportService imports;

    @Inject
    CoaPositionImportQueries queries;

    @Inject
    CoaReconciliationQueries reconciliations;

    @Inject
    Caller caller;

    @Schema(requiredProperties = {"municipalityCode", "referenceDate", "coa", "system", "difference", "agrees",
            "importedAt", "adopted"})
    public record ReconciliationLine(String municipalityCode, String municipalityName, LocalDate referenceDate,
                                     @Schema(description = "the half-year the line belongs to: for a reference date of 1 January or "
                                             + "1 July the one that ended the day before (COA's result of it), else the one containing it")
                                     String period,
                                     @Schema(description = "COA's figures, from the latest import with a line for the municipality on "
                                             + "the date; position as a backlog (positive behind)")
                                     Reconciliation.Figures coa,
                                     @Schema(description = "The system's figures of the half-year, as they stood on the reference date "
                                             + "(for 1 January or 1 July: at the end of the half-year)")
                                     Reconciliation.Figures system,
                                     @Schema(description = "COA's minus the system's") Reconciliation.Figures difference,
                                     boolean agrees,
                                     @Schema(description = "COA's position as its file wrote it (COA: a backlog negative)") int stand,
                                     @Schema(description = "COA's position minus its own adjusted quota minus housed: not 0 where COA's "
                                             + "figures do not add up (the line is marked)") int standDifference,
                                     UUID importId, Instant importedAt,
                                     @Schema(description = "whether province staff adopted a figure of this line: from its deadline "
                                             + "on the figures count from it") boolean adopted,
                                     @Schema(description = "which figure was adopted (the latest adoption of this line): END_POSITION "
                                             + "(COA's first) or CARRIED_IN (COA's revision); absent when none") AdoptedFigure adoptedFigure,
                                     @Schema(description = "the deadline it was adopted at") LocalDate adoptedAtDeadline,
                                     @Schema(description = "te herbeoordelen: a fact dated before the deadline arrived after the "
                                             + "adoption, or COA gave the adopted figure otherwise in a later import; adopt again (or "
                                             + "confirm by adopting the adopted line again, naming its importId) to clear it") boolean toReview,
                                     @Schema(description = "this line, imported after an adoption of another line of the municipality, "
                                             + "gives the adopted figure otherwise: COA revised it, and the adoption at adoptedAtDeadline "
                                             + "is to review; adopted stays false, for this line's figure is not the one adopted")
                                     boolean revisesAdoption) {

        static ReconciliationLine of(CoaReconciliationQueries.Line line) {
            Reconciliation r = line.reconciliation();
            return new ReconciliationLine(r.municipalityCode(), line.municipalityName(), r.referenceDate(), r.period().toString(), r.coa(),
                    r.system(), r.difference(), r.agrees(), r.stand(), r.standDifference(), line.importId(), line.importedAt(),
                    line.isAdopted(), line.adopted(), line.deadline(), line.toReview(), line.revisesAdoption());
        }
    }

    @Schema(requiredProperties = {"id", "provinceCode", "fileName", "importedBy", "importedAt", "lines", "standConvention"})
    public record ImportView(UUID id, String provinceCode, String fileName, String importedBy, Instant importedAt, int lines,
                             @Schema(description = "how the file wrote the Stand: COA (a backlog negative) or BACKLOG_POSITIVE")
                             StandConvention standConvention) {

        static ImportView of(CoaPositionImport i) {
            return new ImportView(i.id(), i.provinceCode(), i.fileName(), i.importedBy(), i.importedAt(), i.lines(), i.standConvention());
        }
    }

    @Schema(requiredProperties = {"id", "provinceCode", "fileName", "importedBy", "importedAt", "lines"})
    public record ImportWithLines(UUID id, String provinceCode, String fileName, String importedBy, Instant importedAt,
                                  StandConvention standConvention, List<CoaPositionLine> lines) {

        static ImportWithLines of(CoaPositionImport i, List<CoaPositionLine> lines) {
            return new ImportWithLines(i.id(), i.provinceCode(), i.fileName(), i.importedBy(), i.importedAt(), i.standConvention(), lines);
        }
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/coa-position-imports")
    @Consumes({"text/csv", XLSX})
    @Operation(operationId = "importCoaPositions",
            summary = "Import COA's positions per municipality and reference date (CSV or .xlsx) for the caller's province",
            description = "The file as COA sends it: a header with the columns Gemeentecode (GM0141 or 0141), Peildatum "
                    + "(dd-mm-jjjj or jjjj-mm-dd), Taakstelling, Gecorrigeerde taakstelling, Afgemeld (or Gehuisvest) and "
                    + "Stand (or Achterstand), in any order and any case; a column Gemeente (the name) is kept, other columns "
                    + "are left alone. The Stand with COA's sign: a backlog negative (-117 for 117 behind), a lead positive, "
                    + "unless standConvention=BACKLOG_POSITIVE says the file writes a backlog positive; the import keeps the "
                    + "convention. Every line's Stand is checked against Gecorrigeerde taakstelling - Afgemeld: a file whose "
                    + "lines all have the other sign is refused as a whole (400 naming Stand, saying how the file must be "
                    + "written); a line with the other sign among lines with the right one is refused (\"line 7: Stand\"); a "
                    + "line that differs by more than the sign is imported and marked (standDifference). A line dated 1 "
                    + "January or 1 July is COA's result of the half-year that ended the day before; any other date belongs to "
                    + "the half-year that contains it. CSV separated by semicolons or commas, UTF-8 with or without a "
                    + "byte-order mark; numbers as 1234 or 1.234. All or nothing: when any line is refused nothing is stored "
                    + "and invalidParams names every refused line and field (\"line 7: Afgemeld\"); a line of a municipality "
                    + "outside the caller's province is refused. Every import is kept.")
    @APIResponse(responseCode = "201", description = "Imported; Location names the import",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
    public Uni<Response> importFile(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                    @Parameter(description = "the file's name, as shown in the list of imports (up to 200 characters)")
                                    @QueryParam("fileName") String fileName,
                                    @Parameter(description = "how the file writes the Stand: COA (default: a backlog negative) or "
                                            + "BACKLOG_POSITIVE") @QueryParam("standConvention") String convention, byte[] body) {
        String province = caller.province().orElseThrow(() -> new ForbiddenException("Your token names no province."));
        Upload upload = upload(contentType, fileName, convention, body);
        return imports.store(province, upload.fileName(), upload.lines(), upload.convention())
                .map(stored -> Response.created(URI.create(SupervisionApi.BASE + "/provinces/" + province + "/coa-position-imports/"
                        + stored.id())).entity(ImportView.of(stored)).build());
    }

    /** A file offered through the API: its name, its lines as read (with the refusals of reading) and its convention. */
    record Upload(String fileName, CoaPositionFile.Read lines, StandConvention convention) {
    }

    /** Reads a file offered through the API; 400 naming fileName or standConvention when either is not allowed. */
    static Upload upload(String contentType, String fileName, String convention, byte[] body) {
        CoaPositionFile.Format format = contentType != null && contentType.startsWith(XLSX) ? CoaPositionFile.Format.XLSX
                : CoaPositionFile.Format.CSV;
        String name = fileName(fileName, format);
        StandConvention standConvention = convention(convention);
        return new Upload(name, CoaPositionFile.read(body == null ? new byte[0] : body, format, standConvention), standConvention);
    }

    /** The convention named, COA's when none is; 400 naming standConvention for any other. */
    public static StandConvention convention(String given) {
        if (given == null || given.isBlank()) {
            return StandConvention.COA;
        }
        try {
            return StandConvention.valueOf(given.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("standConvention", "must be COA (a backlog negative, as COA writes it) or BACKLOG_POSITIVE");
        }
    }

    private static String fileName(String given, CoaPositionFile.Format format) {
        if (given == null || given.isBlank()) {
            return format == CoaPositionFile.Format.XLSX ? "coa-posities.xlsx" : "coa-posities.csv";
        }
        if (given.length() > CoaPositionImportService.FILE_NAME_MAX || given.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("fileName", "must be 1 to " + CoaPositionImportService.FILE_NAME_MAX
                    + " characters without control characters");
        }
        return given.strip();
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provinces/{code}/coa-reconciliation")
    @Operation(operationId = "getCoaReconciliation",
            summary = "COA's positions beside the system's figures, per municipality and reference date, with the difference",
            description = "For every municipality of the province and reference date that an import gave COA's position for (the "
                    + "latest import counts): COA's quota, adjusted quota, housed and position (as a backlog; stand as the "
                    + "file wrote it, standDifference where COA's own figures do not add up); the system's figures of the "
                    + "half-year the line belongs to (period: for 1 January or 1 July the half-year that ended the day before) "
                    + "as they stood on the day the line gives (persons housed later do not count yet; backlog as position); "
                    + "and COA's minus the system's; which figure of the line province staff adopted, and whether that "
                    + "adoption is to review (toReview). Latest reference date first. Without an adoption the system's figures "
                    + "stand and the difference stays visible.")
    public Uni<List<ReconciliationLine>> reconciliation(
            @PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
            @Parameter(description = "only this reference date, yyyy-mm-dd",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("referenceDate") String referenceDate) {
        return reconciliations.ofProvince(code, DateParam.parseOptional("referenceDate", referenceDate))
                .map(lines -> lines.stream().map(ReconciliationLine::of).toList());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provinces/{code}/coa-position-imports")
    @Operation(operationId = "listCoaPositionImports",
            summary = "Every import of COA's positions for the province, latest first: who imported which file when")
    public Uni<List<ImportView>> imports(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code) {
        return queries.ofProvince(code).map(all -> all.stream().map(ImportView::of).toList());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provinces/{code}/coa-position-imports/{importId}")
    @Operation(operationId = "getCoaPositionImport",
            summary = "One import of COA's positions with its lines, as read from the file (line: its line in the file)")
    public Uni<ImportWithLines> oneImport(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                                          @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                          @PathParam("importId") String importId) {
        return queries.one(code, UuidParam.parse("importId", importId)).map(found -> ImportWithLines.of(found.getKey(), found.getValue()));
    }
}
