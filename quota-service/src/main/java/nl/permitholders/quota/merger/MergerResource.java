package nl.permitholders.quota.merger;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/mergers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class MergerResource {

    @Inject
    MergerService mergers;

    @Schema(description = "The municipality that continues: a new code with its name and province, or a registered municipality "
            + "that absorbs the others and keeps its code, name and province (leave name and province out then)")
    public record ContinuingMunicipality(
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @Schema(description = "required for a new municipality") @Size(max = 100) String name,
            @Schema(description = "required for a new municipality")
            @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String provinceCode) {
    }

    public record PopulationRequest(@NotNull LocalDate referenceDate, @NotNull @Min(0) @Max(2_000_000) Integer persons) {
    }

    public record MergerRequest(@Valid @NotNull ContinuingMunicipality municipality,
                                @Schema(description = "the municipalities that cease to exist on effectiveDate")
                                @NotNull @Size(min = 1, max = 20) List<@NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String> mergedMunicipalityCodes,
                                @Schema(description = "any date; the half-year that contains it belongs wholly to the continuing municipality")
                                @NotNull LocalDate effectiveDate,
                                @Size(max = 10) List<@Valid @NotNull PopulationRequest> populations,
                                @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(requiredProperties = {"period", "persons"})
    public record QuotaTakenOver(String period, int persons) {
    }

    @Schema(requiredProperties = {"id", "municipalityCode", "name", "provinceCode", "absorption", "mergedMunicipalityCodes",
            "effectiveDate", "effectivePeriod", "quotasTakenOver"})
    public record MergerView(UUID id, String municipalityCode, String name, String provinceCode,
                             @Schema(description = "true when an existing municipality absorbed the others") boolean absorption,
                             List<String> mergedMunicipalityCodes, LocalDate effectiveDate,
                             @Schema(description = "the half-year that contains effectiveDate; it belongs wholly to the continuing municipality")
                             String effectivePeriod, List<QuotaTakenOver> quotasTakenOver, String reason) {
    }

    @RolesAllowed(Roles.RIJK)
    @POST
    @Operation(operationId = "recordMerger", summary = "Record a merger of municipalities (R3)",
            description = "Into a new municipality, or into an existing one that absorbs the others and keeps its code, on any date. "
                    + "From effectiveDate the merged municipalities no longer exist (history kept) and the continuing one takes over "
                    + "their couplings, placements and units; the half-year that contains effectiveDate belongs wholly to it: its quota "
                    + "there and in every later half-year is its own plus theirs (basis MERGED; theirs become 0) and, in supervision, "
                    + "it carries in their backlog; from then on they take no quota of those half-years. The province may set the "
                    + "continuing municipality's population (populations); without it, distributions count its parts' together.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the continuing municipality",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MergerView.class)))
    public Uni<Response> merge(@Valid @NotNull MergerRequest request) {
        Map<LocalDate, Integer> populations = new TreeMap<>();
        List<PopulationRequest> given = request.populations() == null ? List.of() : request.populations();
        for (int i = 0; i < given.size(); i++) {
            LocalDate date = given.get(i).referenceDate();
            if (date.getDayOfMonth() != 1 || date.getMonthValue() != 1) {
                throw InvalidInputException.of("populations[" + i + "].referenceDate", "must be 1 January of a year");
            }
            if (populations.put(date, given.get(i).persons()) != null) {
                throw InvalidInputException.of("populations[" + i + "].referenceDate", date + " appears more than once");
            }
        }
        ContinuingMunicipality continuing = request.municipality();
        return mergers.record(new MergerService.Merger(continuing.code(), continuing.name(), continuing.provinceCode(),
                        request.mergedMunicipalityCodes(), request.effectiveDate(), populations, request.reason()))
                .map(recorded -> Response.created(URI.create(QuotaApi.BASE + "/municipalities/" + recorded.continuing().code))
                        .entity(view(recorded)).build());
    }

    private static MergerView view(MergerService.Recorded recorded) {
        return new MergerView(recorded.id(), recorded.continuing().code, recorded.continuing().name, recorded.continuing().provinceCode,
                recorded.absorption(), recorded.merged(), recorded.effectiveDate(), Period.containing(recorded.effectiveDate()).toString(),
                recorded.quotasTakenOver().entrySet().stream().map(e -> new QuotaTakenOver(e.getKey().toString(), e.getValue())).toList(),
                recorded.reason());
    }
}
