package nl.permitholders.quota.population;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.period.DateRange;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.audit.WriteLog;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.outbox.OutboxTransaction;
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

@Path(QuotaApi.BASE + "/populations/{referenceDate}")
@Tag(name = "Reference data")
public class PopulationResource {

    static final List<String> HEADER = List.of("code", "name", "population");

    /** The audit trail's name for a changed population figure. */
    static final String POPULATION_SET = "population-set";

    @Inject
    OutboxTransaction transaction;

    @Inject
    WriteLog writeLog;

    @Schema(requiredProperties = {"municipalityCode", "name", "referenceDate", "population", "version"})
    public record PopulationView(String municipalityCode, String name, LocalDate referenceDate, int population, int version,
                                 String source) {
    }

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPopulations",
            summary = "Import CBS populations on a reference date (1 January) from CSV: code;name;population",
            description = "All or nothing: if any line is refused, nothing is stored and every refused line is listed. "
                    + "Importing the same file again changes nothing; a changed figure becomes a new version.")
    public Uni<ImportReport> importCsv(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("referenceDate") String referenceDateText, byte[] body) {
        LocalDate referenceDate = referenceDate(referenceDateText);
        List<SemicolonCsv.Row> rows = SemicolonCsv.read(body, HEADER);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.<Municipality>listAll()
                .map(all -> all.stream().collect(Collectors.toMap(m -> m.code, Function.identity())))
                .flatMap(municipalities -> PopulationVersion.currentOn(referenceDate).flatMap(current -> {
                    ImportRefusals refusals = new ImportRefusals();
                    Set<String> seen = new HashSet<>();
                    ImportReport report = ImportReport.of(rows.size());
                    List<PopulationVersion> changes = new java.util.ArrayList<>();
                    for (SemicolonCsv.Row row : rows) {
                        String code = row.field(0);
                        Integer persons = row.wholeNumber(2);
                        if (!code.matches(Codes.MUNICIPALITY)) {
                            refusals.refuse(row, "code '" + code + "' " + Codes.MUNICIPALITY_MESSAGE);
                        } else if (!seen.add(code)) {
                            refusals.refuse(row, code + " appears more than once in the file");
                        } else if (!municipalities.containsKey(code)) {
                            refusals.refuse(row, code + " is not a registered municipality");
                        } else if (persons == null) {
                            refusals.refuse(row, "population '" + row.field(2) + "' must be a whole number of 0 or more, digits only");
                        } else {
                            PopulationVersion existing = current.get(code);
                            if (existing != null && existing.persons == persons) {
                                report = report.withUnchanged();
                            } else {
                                report = existing == null ? report.withCreated() : report.withUpdated();
                                changes.add(version(code, referenceDate, existing == null ? 1 : existing.version + 1, persons, now));
                            }
                        }
                    }
                    refusals.throwIfAny();
                    ImportReport done = report;
                    Uni<Void> writes = changes.isEmpty() ? Uni.createFrom().voidItem() : PopulationVersion.persist(changes);
                    // Populations publish no event, so the audit trail is told of each changed figure itself.
                    for (PopulationVersion change : changes) {
                        writes = writes.call(() -> writeLog.recordChange(POPULATION_SET, change.municipalityCode));
                    }
                    return writes.replaceWith(done);
                })));
    }

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @WithSession
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPopulations", summary = "The populations on a reference date, by municipality code")
    public Uni<Page<PopulationView>> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("referenceDate") String referenceDateText,
                                          @BeanParam PageParams paging) {
        LocalDate referenceDate = referenceDate(referenceDateText);
        PageRequest request = paging.request();
        return Municipality.<Municipality>listAll()
                .map(all -> all.stream().collect(Collectors.toMap(m -> m.code, m -> m.name)))
                .flatMap(names -> PopulationVersion.currentOn(referenceDate).map(current -> Page.slice(current.values().stream()
                        .sorted(java.util.Comparator.comparing(p -> p.municipalityCode))
                        .map(p -> new PopulationView(p.municipalityCode, names.get(p.municipalityCode), p.referenceDate,
                                p.persons, p.version, p.source))
                        .toList(), request)));
    }

    static LocalDate referenceDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (!DateRange.contains(date)) {
                throw InvalidInputException.of("referenceDate", DateRange.REASON);
            }
            if (date.getDayOfMonth() != 1 || date.getMonthValue() != 1) {
                throw InvalidInputException.of("referenceDate", "must be 1 January of a year, as CBS counts the population");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("referenceDate", "must be a date yyyy-01-01");
        }
    }

    private static PopulationVersion version(String code, LocalDate referenceDate, int version, int persons, Instant now) {
        PopulationVersion population = new PopulationVersion();
        population.municipalityCode = code;
        population.referenceDate = referenceDate;
        population.version = version;
        population.persons = persons;
        population.source = "CBS import";
        population.recordedAt = now;
        return population;
    }
}
