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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.quota.QuotaApi;
import nl.permitholders.quota.csv.ImportRefusals;
import nl.permitholders.quota.csv.ImportReport;
import nl.permitholders.quota.csv.SemicolonCsv;
import nl.permitholders.quota.reference.Municipality;
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
    OutboxTransaction transaction;

    @Inject
    PeriodQuotas periodQuotas;

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
                    + "refused, nothing is stored and every refused line is listed. The reason is required.")
    public Uni<ImportReport> importCsv(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @PathParam("period") String periodText, @QueryParam("reason") String reason, byte[] body) {
        Period period = PeriodParam.parse("period", periodText);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.of("reason", "is required (1 to 500 characters), e.g. the Rijk's letter it comes from");
        }
        List<SemicolonCsv.Row> rows = SemicolonCsv.read(body, HEADER, STATUS_COLUMNS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.lockExistingOn(period.firstDay()).flatMap(existing -> {
            Set<String> codes = existing.stream().map(m -> m.code).collect(Collectors.toSet());
            ImportRefusals refusals = new ImportRefusals();
            Set<String> seen = new HashSet<>();
            Map<String, PeriodQuotas.Figure> quotas = new TreeMap<>();
            for (SemicolonCsv.Row row : rows) {
                String code = row.field(0);
                Integer quota = row.wholeNumber(2);
                String status = row.field(3).toUpperCase(Locale.ROOT);
                LocalDate publishedOn = date(row.field(4));
                if (!code.matches(Codes.MUNICIPALITY)) {
                    refusals.refuse(row, "code '" + code + "' " + Codes.MUNICIPALITY_MESSAGE);
                } else if (!seen.add(code)) {
                    refusals.refuse(row, code + " appears more than once in the file");
                } else if (!codes.contains(code)) {
                    refusals.refuse(row, code + " is not a municipality that exists on " + period.firstDay());
                } else if (quota == null) {
                    refusals.refuse(row, "quota '" + row.field(2) + "' must be a whole number of 0 or more, digits only");
                } else if (!status.isEmpty() && !STATUSES.contains(status)) {
                    refusals.refuse(row, "status '" + row.field(3) + "' must be PROVISIONAL or FINAL, or empty");
                } else if (!row.field(4).isEmpty() && (publishedOn == null || publishedOn.isAfter(LocalDate.now()))) {
                    refusals.refuse(row, "published_on '" + row.field(4) + "' must be a date yyyy-mm-dd not after today, or empty");
                } else {
                    quotas.put(code, new PeriodQuotas.Figure(quota, status.isEmpty() ? null : QuotaStatus.valueOf(status), publishedOn));
                }
            }
            refusals.throwIfAny();
            return periodQuotas.set(period, quotas, QuotaBasis.IMPORTED, reason, now)
                    .map(changed -> new ImportReport(rows.size(), 0, changed, rows.size() - changed));
        }));
    }

    private static final Set<String> STATUSES = Set.of(QuotaStatus.PROVISIONAL.name(), QuotaStatus.FINAL.name());

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
