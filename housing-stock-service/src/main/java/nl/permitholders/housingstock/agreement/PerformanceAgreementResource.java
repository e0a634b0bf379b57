package nl.permitholders.housingstock.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.housingstock.api.Ids;
import nl.permitholders.housingstock.api.ListQuery;
import nl.permitholders.housingstock.api.TenantQueries;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
@Path(HousingStockApi.BASE + "/performance-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Performance agreements")
public class PerformanceAgreementResource {

    @Inject
    PerformanceAgreementService agreements;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    @Inject
    TenantQueries tenantQueries;

    @Inject
    PerformanceAgreementQueries agreementQueries;

    public record AgreementRequest(
            @NotBlank @Size(max = Ids.MAX_LENGTH) @Pattern(regexp = Ids.SAFE, message = Ids.SAFE_MESSAGE) String corporationId,
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @Schema(description = "a year (2025) or a half-year (2025-H1, 2025-H2; 2025-I and 2025-II accepted)")
            @NotBlank String period,
            @Schema(description = "the number of vacancies to be allocated to permit holders; or give agreedPercentage")
            @Min(0) @Max(100_000) Integer agreedAllocations,
            @Schema(description = "the percentage of the vacancies to be allocated to permit holders, e.g. 12.5; or give agreedAllocations")
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal agreedPercentage) {
    }

    /** An agreement is a number or a percentage: the other is left out, as the document has both optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"id", "corporationId", "municipalityCode", "period", "firstDay", "lastDay",
            "setAt", "setBy"})
    public record AgreementView(UUID id, String corporationId, String municipalityCode, String period,
                                LocalDate firstDay, LocalDate lastDay, Integer agreedAllocations,
                                BigDecimal agreedPercentage, Instant setAt,
                                @Schema(description = "who set the terms (the token's subject)") String setBy) {
        static AgreementView of(PerformanceAgreement a) {
            ReportingPeriod period = a.reportingPeriod();
            return new AgreementView(a.id, a.corporationId, a.municipalityCode, a.period, period.firstDay(),
                    period.lastDay(), a.agreedAllocations, a.agreedPercentage, a.setAt, a.setBy);
        }
    }

    @Schema(requiredProperties = {"agreement", "actual"})
    public record ReportView(AgreementView agreement, PerformanceReport actual) {
    }

    @POST
    @Operation(operationId = "setPerformanceAgreement", summary = "Set a performance agreement",
            description = "Per corporation, municipality and period, the number or the percentage of the corporation's "
                    + "vacancies to be allocated to permit holders. 201 when new; for the same corporation, "
                    + "municipality and period again, 200: unchanged with the same terms, replaced with other terms "
                    + "(PerformanceAgreementSet). Either party sets it: the corporation (corporationId its own) or the "
                    + "municipality (municipalityCode its own); 403 for others.")
    @APIResponse(responseCode = "201", description = "Set; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "200", description = "Set before: unchanged, or changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Uni<Response> set(@Valid @NotNull AgreementRequest request) {
        Violations violations = AgreedShare.check(request.agreedAllocations(), request.agreedPercentage());
        ReportingPeriod period = period(request.period(), violations);
        violations.throwIfAny();
        AgreedShare agreed = new AgreedShare(request.agreedAllocations(), request.agreedPercentage());
        return agreements.set(request.corporationId(), request.municipalityCode(), period, agreed)
                .map(written -> HousingStockApi.createdOrOk(written.created(), "performance-agreements", written.fact().id,
                        AgreementView.of(written.fact())));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerformanceAgreement",
            summary = "Read a performance agreement", description = "For either party; 403 for others.")
    public Uni<AgreementView> get(@PathParam("id") UUID id) {
        return agreementQueries.readable(id, caller.tenancy(mergers.known())).map(AgreementView::of);
    }

    @GET
    @Operation(operationId = "listPerformanceAgreements",
            summary = "List performance agreements", description = "By corporation, municipality and period. "
            + "A municipality sees its own agreements, a corporation its own: municipalityCode, or corporationId, is "
            + "then the caller's own when left out, and 403 when it names another.")
    public Uni<Page<AgreementView>> list(
            @QueryParam("corporationId") String corporationId,
            @BeanParam ListQuery list) {
        return agreementQueries.list(tenantQueries.of(list, "corporationId", corporationId), AgreementView::of);
    }

    @GET
    @Path("/{id}/report")
    @Operation(operationId = "getPerformanceReport", summary = "The agreement against what happened",
            description = "The corporation's vacancies in the municipality available from a day in the period, its "
                    + "allocations dated in the period and those to permit holders; the target (the agreed number, or "
                    + "the agreed percentage of the vacancies rounded up), the shortfall and whether it is met. For "
                    + "either party; 403 for others.")
    public Uni<ReportView> report(@PathParam("id") UUID id) {
        return agreementQueries.readable(id, caller.tenancy(mergers.known())).flatMap(agreement -> agreementQueries.report(agreement)
                .map(actual -> new ReportView(AgreementView.of(agreement), actual)));
    }

    private static ReportingPeriod period(String text, Violations violations) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            violations.add("period", e.getMessage());
            return null;
        }
    }
}
