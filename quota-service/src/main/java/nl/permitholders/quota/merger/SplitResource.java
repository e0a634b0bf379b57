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
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/splits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class SplitResource {

    @Inject
    SplitService splits;

    @Schema(description = "A municipality that receives part of the split one, with its share")
    public record ReceiverRequest(
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @Schema(description = "its part of the split municipality's population, as the law that makes the split states it; "
                    + "the shares together are the whole (the split municipality's population on the last 1 January before "
                    + "the split, when known)")
            @NotNull @Min(1) @Max(2_000_000) Long share) {
    }

    public record SplitRequest(
            @Schema(description = "the municipality that ceases to exist on effectiveDate")
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @Schema(description = "at least two municipalities that exist on effectiveDate, in the order the law lists them")
            @NotNull @Size(min = 2, max = 20) List<@Valid @NotNull ReceiverRequest> receivers,
            @Schema(description = "any date; the split municipality's figures of the half-year that contains it are divided over the receivers")
            @NotNull LocalDate effectiveDate,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(requiredProperties = {"municipalityCode", "share"})
    public record ReceiverView(String municipalityCode, long share) {
    }

    @Schema(requiredProperties = {"period", "municipalityCode", "persons"})
    public record QuotaDivided(String period, String municipalityCode,
                               @Schema(description = "this receiver's part of the split municipality's quota") int persons) {
    }

    @Schema(requiredProperties = {"id", "municipalityCode", "name", "provinceCode", "receivers", "effectiveDate",
            "effectivePeriod", "quotasDivided", "reason"})
    public record SplitView(UUID id, String municipalityCode, String name, String provinceCode, List<ReceiverView> receivers,
                            LocalDate effectiveDate,
                            @Schema(description = "the half-year that contains effectiveDate") String effectivePeriod,
                            List<QuotaDivided> quotasDivided, String reason) {
    }

    @RolesAllowed(Roles.RIJK)
    @POST
    @Operation(operationId = "recordSplit", summary = "Record a split of a municipality over others (R3, CBS's opsplitsing)",
            description = "From effectiveDate (any date) the split municipality no longer exists (history kept). Its quota of the "
                    + "half-year that contains effectiveDate and of every later one is divided over the receivers by their shares, "
                    + "in whole persons with the total kept (largest remainder; basis SPLIT, its own becomes 0); in supervision its "
                    + "backlog carried into that half-year is divided the same way; its open couplings are to be divided "
                    + "(\"te verdelen\") until COA names the receiver of each; each of its units goes to the receiver it lies in.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the split municipality",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SplitView.class)))
    public Uni<Response> split(@Valid @NotNull SplitRequest request) {
        List<SplitPlan.Receiver> receivers = request.receivers().stream()
                .map(r -> new SplitPlan.Receiver(r.municipalityCode(), r.share())).toList();
        return splits.record(new SplitService.Split(request.municipalityCode(), receivers, request.effectiveDate(), request.reason()))
                .map(recorded -> Response.created(URI.create(QuotaApi.BASE + "/municipalities/" + recorded.split().code))
                        .entity(view(recorded)).build());
    }

    private static SplitView view(SplitService.Recorded recorded) {
        List<QuotaDivided> divided = recorded.quotasDivided().entrySet().stream()
                .flatMap(period -> period.getValue().entrySet().stream()
                        .map(part -> new QuotaDivided(period.getKey().toString(), part.getKey(), part.getValue())))
                .toList();
        return new SplitView(recorded.id(), recorded.split().code, recorded.split().name, recorded.split().provinceCode,
                recorded.shares().entrySet().stream().map(e -> new ReceiverView(e.getKey(), e.getValue())).toList(),
                recorded.effectiveDate(), Period.containing(recorded.effectiveDate()).toString(), divided, recorded.reason());
    }
}
