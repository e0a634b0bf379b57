package nl.permitholders.quota.distribution;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import nl.permitholders.quota.quota.PublicationDate;
import nl.permitholders.quota.quota.QuotaStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/periods/{period}/national-quota")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quotas")
public class NationalQuotaResource {

    @Inject
    NationalQuotaService nationalQuotas;

    @Inject
    NationalQuotaQueries queries;

    public record NationalQuotaRequest(
            @NotNull @Min(0) @Max(1_000_000) Integer persons,
            @Schema(description = "PROVISIONAL (the Rijk's announcement, voorlopige taakstelling) or FINAL (the total the Rijk "
                    + "fixed); every municipality's quota of the distribution takes it. Left out: the standing status, FINAL for "
                    + "a half-year's first total. FINAL to PROVISIONAL is refused.")
            QuotaStatus status,
            @Schema(description = "The date the Rijk published this total; not after today. Left out: not known.")
            LocalDate publishedOn,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(requiredProperties = {"municipalityCode", "name", "population", "quota"})
    public record Share(String municipalityCode, String name, int population, int quota) {
    }

    @Schema(requiredProperties = {"period", "persons", "version", "status", "recordedAt", "nationalPopulation",
            "municipalities", "sumOfQuotas", "surplus", "distribution", "history"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NationalQuotaView(String period, int persons, int version, QuotaStatus status, LocalDate publishedOn,
                                    String reason, Instant recordedAt,
                                    LocalDate populationReferenceDate, long nationalPopulation, int municipalities,
                                    int sumOfQuotas, int surplus, List<Share> distribution, List<VersionView> history) {
    }

    @Schema(requiredProperties = {"version", "persons", "status", "recordedAt", "sumOfQuotas"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(int version, int persons, QuotaStatus status, LocalDate publishedOn, String reason, Instant recordedAt,
                              int sumOfQuotas) {
    }

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Operation(operationId = "setNationalQuota",
            summary = "Set the national total of a half-year and distribute it over all municipalities (R1)",
            description = "Every municipality that exists on the first day of the half-year gets ceil(national total x its "
                    + "population / national population), population on 1 January of the year before; a municipality that "
                    + "continues a merger taking effect after that date counts its parts' populations together, unless the "
                    + "province gave one with the merger. In the half-year in which a merger takes effect the continuing "
                    + "municipality gets the shares of all its parts (basis MERGED) and they get none (R3). The surplus (sum of "
                    + "quotas minus the national total) is reported. Setting a different total later (an adjustment) makes "
                    + "new versions, and so does the same total going from PROVISIONAL to FINAL; the same total with the same "
                    + "status again changes nothing. A PROVISIONAL total for a half-year whose total or any municipality's quota "
                    + "is FINAL is refused (400, invalidParams names status). 409 names every municipality without a population.")
    @APIResponse(responseCode = "201", description = "The first national total of the half-year, distributed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NationalQuotaView.class)))
    @APIResponse(responseCode = "200", description = "A new version, distributed again, or unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NationalQuotaView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    @WithSession
    public Uni<Response> put(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @PathParam("period") String periodText, @Valid @NotNull NationalQuotaRequest request) {
        Period period = PeriodParam.parse("period", periodText);
        PublicationDate.check("publishedOn", request.publishedOn());
        return nationalQuotas.set(period, request.persons(), request.status(), request.publishedOn(), request.reason())
                .flatMap(written -> view(period, written.history()).map(view ->
                        (written.changed() && view.version() == 1 ? Response.status(Response.Status.CREATED) : Response.ok())
                                .entity(view).build()));
    }

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @WithSession
    @Operation(operationId = "getNationalQuota",
            summary = "The national total of a half-year, its distribution and surplus, with every earlier version")
    public Uni<NationalQuotaView> get(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @PathParam("period") String periodText) {
        Period period = PeriodParam.parse("period", periodText);
        return queries.history(period).flatMap(history -> {
            if (history.isEmpty()) {
                throw new ResourceNotFoundException("No national total is set for " + period + ".");
            }
            return view(period, history);
        });
    }

    private Uni<NationalQuotaView> view(Period period, List<NationalQuotaVersion> history) {
        NationalQuotaVersion current = history.get(history.size() - 1);
        return queries.distribution(current).map(found -> {
            Map<String, String> names = found.names();
            List<Share> distribution = found.shares().stream()
                    .map(s -> new Share(s.municipalityCode, names.get(s.municipalityCode), s.population, s.quota)).toList();
            return new NationalQuotaView(period.toString(), current.persons, current.version, current.status, current.publishedOn,
                    current.reason, current.recordedAt,
                    current.referenceDate, current.nationalPopulation, distribution.size(), current.sumOfQuotas,
                    current.sumOfQuotas - current.persons, distribution,
                    history.stream().map(v -> new VersionView(v.version, v.persons, v.status, v.publishedOn, v.reason,
                            v.recordedAt, v.sumOfQuotas)).toList());
        });
    }
}
