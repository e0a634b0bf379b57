package nl.permitholders.quota.quota;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.quota.QuotaApi;
import nl.permitholders.quota.csv.ImportReport;
import nl.permitholders.quota.csv.CsvFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Rijk's published table of quotas per municipality for a half-year, imported as it is (R1). */
@Path(QuotaApi.BASE + "/periods/{period}/quotas")
@Tag(name = "Quotas")
public class QuotaTableResource {

    static final List<String> HEADER = List.of("code", "name", "quota");
    /** Optional: the quota's status (PROVISIONAL or FINAL) and the date the Rijk published it (yyyy-mm-dd); empty is not stated. */
    static final List<String> STATUS_COLUMNS = List.of("status", "published_on");

    @Inject
    QuotaService quotas;

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importQuotas",
            summary = "Import the Rijk's quota table of a half-year from CSV: code;name;quota, optionally ;status;published_on",
            description = "Each quota becomes a version with basis IMPORTED (ADJUSTED when the half-year had one). status is "
                    + "PROVISIONAL or FINAL (empty: the standing status, FINAL for a first quota), published_on the date the Rijk "
                    + "published the table (yyyy-mm-dd, not after today; empty: not known). The same number going from PROVISIONAL "
                    + "to FINAL is a new version; a PROVISIONAL line for a FINAL quota is refused. All or nothing: if any line is "
                    + "refused, nothing is stored and every refused line is listed. The reason is required. Each code is a "
                    + "municipality that exists in the half-year and holds its quota (R3): one merged into another in it or before "
                    + "is refused naming the municipality that holds it; one a merger formed in it is taken.")
    public Uni<ImportReport> importCsv(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @PathParam("period") String periodText, @QueryParam("reason") String reason, byte[] body) {
        Period period = PeriodParam.parse("period", periodText);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.of("reason", "is required (1 to 500 characters), e.g. the Rijk's letter it comes from");
        }
        List<CsvFile.Row> rows = CsvFile.read(body, HEADER, STATUS_COLUMNS);
        return quotas.importTable(period, rows, reason);
    }
}
