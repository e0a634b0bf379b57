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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.time.DateRange;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.quota.QuotaApi;
import nl.permitholders.quota.csv.ImportReport;
import nl.permitholders.quota.csv.CsvFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/populations/{referenceDate}")
@Tag(name = "Reference data")
public class PopulationResource {

    static final List<String> HEADER = List.of("code", "name", "population");

    @Inject
    PopulationService populations;

    @Inject
    PopulationQueries queries;

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
        List<CsvFile.Row> rows = CsvFile.read(body, HEADER);
        return populations.importPopulations(referenceDate, rows);
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
        return queries.onDate(referenceDate, paging.request());
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
}
