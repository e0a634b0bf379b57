package nl.permitholders.housingstock.vacancy;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.api.Ids;
import nl.permitholders.housingstock.api.ListQuery;
import nl.permitholders.housingstock.api.TenantQueries;
import nl.permitholders.housingstock.vacancy.VacancyRules.VacancyReport;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
@Path(HousingStockApi.BASE + "/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancyResource {

    @Inject
    VacancyService vacancies;

    @Inject
    TenantQueries tenantQueries;

    @Inject
    VacancyQueries vacancyQueries;

    public record VacancyRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = Ids.SAFE, message = Ids.SAFE_MESSAGE) String corporationId,
            @Schema(description = "the corporation's own id for this vacancy (mutatie); reporting it again is idempotent")
            @NotBlank @Size(max = 100) @Pattern(regexp = Ids.SAFE, message = Ids.SAFE_MESSAGE) String externalId,
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @NotNull LocalDate availableFrom,
            @Schema(description = "the corporation's own id of the unit, as registered at POST /units, if it is")
            @Size(max = 100) @Pattern(regexp = Ids.SAFE, message = Ids.SAFE_MESSAGE) String unitExternalId) {

        VacancyReport report() {
            return new VacancyReport(municipalityCode, availableFrom, unitExternalId);
        }
    }

    /** A vacancy reported without its unit leaves the unit out, as the document has it optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"id", "corporationId", "externalId", "municipalityCode", "availableFrom",
            "reportedAt", "reportedBy"})
    public record VacancyView(UUID id, String corporationId, String externalId, String municipalityCode,
                              LocalDate availableFrom, String unitExternalId, UUID unitId, Instant reportedAt,
                              @Schema(description = "who reported the vacancy (the token's subject)") String reportedBy) {
        static VacancyView of(Vacancy v) {
            return new VacancyView(v.id, v.corporationId, v.externalId, v.municipalityCode, v.availableFrom,
                    v.unitExternalId, v.unitId, v.reportedAt, v.reportedBy);
        }
    }

    @RolesAllowed(Roles.CORPORATION)
    @POST
    @Operation(operationId = "reportVacancy", summary = "Report a vacancy (mutatie)",
            description = "A corporation reports that a unit becomes available from a date. 201 when new; the same "
                    + "corporationId and externalId again with the same data is 200 and changes nothing, with different "
                    + "data 409 naming what differs. When unitExternalId names a unit the corporation registered, the "
                    + "vacancy must be in its municipality and before its retirement. A corporation reports its own "
                    + "vacancies: corporationId is the token's corporation (403 otherwise).")
    @APIResponse(responseCode = "201", description = "Reported; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "200", description = "Reported before with the same data",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> report(@Valid @NotNull VacancyRequest request) {
        return vacancies.report(request.corporationId(), request.externalId(), request.report())
                .map(written -> HousingStockApi.createdOrOk(written.created(), "vacancies", written.fact().id,
                        VacancyView.of(written.fact())));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVacancy",
            summary = "Read a vacancy", description = "For the corporation that reported it and the municipality it "
            + "is in; 403 for others.")
    public Uni<VacancyView> get(@PathParam("id") UUID id) {
        return tenantQueries.readable(Vacancy.class, id, "vacancy", Vacancy::notReported).map(VacancyView::of);
    }

    @GET
    @Operation(operationId = "listVacancies",
            summary = "List vacancies", description = "By availableFrom, from and to inclusive. A municipality sees "
            + "the vacancies in its municipality, a corporation its own: municipalityCode, or corporationId, is then the "
            + "caller's own when left out, and 403 when it names another.")
    public Uni<Page<VacancyView>> list(
            @QueryParam("corporationId") String corporationId,
            @Parameter(description = "first availableFrom, yyyy-mm-dd",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String fromText,
            @Parameter(description = "last availableFrom, yyyy-mm-dd",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String toText,
            @BeanParam ListQuery list) {
        LocalDate from = list.params().date("from", fromText);
        LocalDate to = list.params().date("to", toText);
        return vacancyQueries.list(tenantQueries.of(list, "corporationId", corporationId), from, to, VacancyView::of);
    }
}
