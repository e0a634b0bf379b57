package nl.permitholders.housingstock.vacancy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.api.TenantQueries;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.security.Tenancy;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(HousingStockApi.BASE + "/vacancy-counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancyCountResource {

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    @Inject
    VacancyQueries vacancies;

    @Schema(requiredProperties = {"corporationId", "vacancies"})
    public record CorporationVacancies(String corporationId, long vacancies) {
    }

    /** A filter not applied is left out, as the document has it optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"period", "firstDay", "lastDay", "vacancies", "corporations"})
    public record VacancyCountView(String period, LocalDate firstDay, LocalDate lastDay,
                                   @Schema(description = "the municipality counted in; absent when all are counted")
                                   String municipalityCode,
                                   @Schema(description = "the corporation counted; absent when all are counted")
                                   String corporationId, long vacancies, List<CorporationVacancies> corporations) {
    }

    @RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
    @GET
    @Operation(operationId = "countVacancies", summary = "Count vacancies per corporation in a period",
            description = "Vacancies available from a day in the period (a year such as 2023, or a half-year such as "
                    + "2023-H1), in all, and per corporation; optionally in one municipality or of one corporation. "
                    + "A municipality counts those in its municipality, a corporation its own: municipalityCode, or "
                    + "corporationId, is then the caller's own when left out, and 403 when it names another.")
    public Uni<VacancyCountView> count(
            @Parameter(description = "yyyy, yyyy-H1 or yyyy-H2", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = ReportingPeriod.PATTERN))
            @QueryParam("period") String periodText,
            @Parameter(description = "CBS municipality code",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + Codes.MUNICIPALITY + "$"))
            @QueryParam("municipalityCode") String municipalityText,
            @QueryParam("corporationId") String corporationText) {
        QueryParams params = new QueryParams();
        ReportingPeriod period = params.required("period", periodText,
                "is required: a year (yyyy) or a half-year (yyyy-H1, yyyy-H2)", ReportingPeriod::parse);
        String municipalityFilter = params.municipalityCode("municipalityCode", municipalityText);
        params.throwIfAny();
        Tenancy.Scope scope = TenantQueries.scope(caller.tenancy(mergers.known()), municipalityFilter,
                corporationText == null || corporationText.isBlank() ? null : corporationText, "corporationId");
        String municipalityCode = scope.municipalityCode();
        String corporationId = scope.corporationId();
        return vacancies.countPerCorporation(period, municipalityCode, corporationId).map(counts -> new VacancyCountView(
                period.label(), period.firstDay(), period.lastDay(), municipalityCode, corporationId,
                counts.values().stream().mapToLong(Long::longValue).sum(),
                counts.entrySet().stream().map(e -> new CorporationVacancies(e.getKey(), e.getValue())).toList()));
    }
}
