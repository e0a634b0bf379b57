package nl.permitholders.quota.merger;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.QuotaApi;
import nl.permitholders.quota.events.QuotaEvents.MunicipalitiesMerged;
import nl.permitholders.quota.events.QuotaEvents.MunicipalityRegistered;
import nl.permitholders.quota.population.PopulationVersion;
import nl.permitholders.quota.quota.PeriodQuotas;
import nl.permitholders.quota.quota.QuotaBasis;
import nl.permitholders.quota.quota.QuotaStatus;
import nl.permitholders.quota.quota.QuotaVersionEntity;
import nl.permitholders.quota.reference.Municipality;
import nl.permitholders.quota.reference.Province;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/mergers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class MergerResource {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    PeriodQuotas periodQuotas;

    public record NewMunicipality(
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String provinceCode) {
    }

    public record PopulationRequest(@NotNull LocalDate referenceDate, @NotNull @Min(0) @Max(2_000_000) Integer persons) {
    }

    public record MergerRequest(@Valid @NotNull NewMunicipality municipality,
                                @NotNull @Size(min = 2, max = 20) List<@NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String> mergedMunicipalityCodes,
                                @NotNull LocalDate effectiveDate,
                                @Size(max = 10) List<@Valid @NotNull PopulationRequest> populations,
                                @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(requiredProperties = {"period", "persons"})
    public record QuotaTakenOver(String period, int persons) {
    }

    @Schema(requiredProperties = {"id", "municipalityCode", "name", "provinceCode", "mergedMunicipalityCodes",
            "effectiveDate", "quotasTakenOver"})
    public record MergerView(UUID id, String municipalityCode, String name, String provinceCode, List<String> mergedMunicipalityCodes,
                             LocalDate effectiveDate, List<QuotaTakenOver> quotasTakenOver, String reason) {
    }

    @RolesAllowed(Roles.RIJK)
    @POST
    @Operation(operationId = "recordMerger", summary = "Record a merger of municipalities (R3)",
            description = "From effectiveDate (the first day of a half-year) the new municipality exists and the merged ones no "
                    + "longer do (history kept). It takes over their quotas of the half-years from then on (basis MERGED; theirs "
                    + "become 0) and, in supervision, their backlog. The province sets its population (populations).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new municipality",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MergerView.class)))
    public Uni<Response> merge(@Valid @NotNull MergerRequest request) {
        NewMunicipality target = request.municipality();
        List<String> merged = request.mergedMunicipalityCodes();
        Period effective = Period.containing(request.effectiveDate());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<PopulationRequest> populations = request.populations() == null ? List.of() : request.populations();
        for (int i = 0; i < populations.size(); i++) {
            LocalDate date = populations.get(i).referenceDate();
            if (date.getDayOfMonth() != 1 || date.getMonthValue() != 1) {
                throw InvalidInputException.of("populations[" + i + "].referenceDate", "must be 1 January of a year");
            }
        }
        return transaction.run(() -> Province.findById(target.provinceCode())
                .onItem().ifNull().failWith(() -> InvalidInputException.of("municipality.provinceCode",
                        target.provinceCode() + " is not a registered province"))
                .flatMap(province -> Municipality.<Municipality>find("code in ?1 or code = ?2", merged, target.code())
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .flatMap(found -> {
                    Map<String, Municipality> byCode = found.stream().collect(Collectors.toMap(m -> m.code, m -> m));
                    Map<String, Boolean> exists = new TreeMap<>();
                    merged.stream().filter(byCode::containsKey)
                            .forEach(code -> exists.put(code, byCode.get(code).existsOn(request.effectiveDate().minusDays(1))));
                    MergerPlan.check(target.code(), byCode.containsKey(target.code()), merged, request.effectiveDate(), exists)
                            .throwIfAny();
                    return record(request, merged.stream().map(byCode::get).toList(), effective, populations, now);
                }));
    }

    private Uni<Response> record(MergerRequest request, List<Municipality> old, Period effective,
                                 List<PopulationRequest> populations, Instant now) {
        NewMunicipality target = request.municipality();
        Municipality created = new Municipality();
        created.code = target.code();
        created.name = target.name();
        created.provinceCode = target.provinceCode();
        created.validFrom = request.effectiveDate();
        Uni<Void> writes = created.persist()
                .call(() -> outbox.append(MunicipalityRegistered.TYPE, created.code, MunicipalityRegistered.of(created)))
                .replaceWithVoid();
        for (Municipality municipality : old) {
            municipality.validUntil = request.effectiveDate().minusDays(1);
            writes = writes.call(() -> outbox.append(MunicipalityRegistered.TYPE, municipality.code, MunicipalityRegistered.of(municipality)));
        }
        List<PopulationVersion> set = populations.stream().map(p -> {
            PopulationVersion population = new PopulationVersion();
            population.municipalityCode = created.code;
            population.referenceDate = p.referenceDate();
            population.version = 1;
            population.persons = p.persons();
            population.source = "set by the province at merger";
            population.recordedAt = now;
            return population;
        }).toList();
        MergerRecord merger = new MergerRecord();
        merger.id = UUID.randomUUID();
        merger.newMunicipalityCode = created.code;
        merger.effectiveDate = request.effectiveDate();
        merger.reason = request.reason();
        merger.recordedAt = now;
        List<String> codes = old.stream().map(m -> m.code).toList();
        List<MergerPart> parts = codes.stream().map(code -> {
            MergerPart part = new MergerPart();
            part.mergerId = merger.id;
            part.municipalityCode = code;
            return part;
        }).toList();
        return writes.call(() -> set.isEmpty() ? Uni.createFrom().voidItem() : PopulationVersion.persist(set))
                .call(() -> merger.persist())
                .call(() -> MergerPart.persist(parts))
                .flatMap(ignored -> takeOverQuotas(created.code, codes, effective, request.reason(), now))
                .call(() -> outbox.append(MunicipalitiesMerged.TYPE, created.code, new MunicipalitiesMerged(merger.id, created.code,
                        codes, request.effectiveDate(), effective.toString())))
                .map(takenOver -> Response.created(URI.create(QuotaApi.BASE + "/municipalities/" + created.code))
                        .entity(new MergerView(merger.id, created.code, created.name, created.provinceCode, codes,
                                merger.effectiveDate, takenOver, merger.reason)).build());
    }

    /** For every half-year from the merger on in which the merged municipalities had quotas: their sum moves to the new one. */
    private Uni<List<QuotaTakenOver>> takeOverQuotas(String newCode, List<String> merged, Period effective, String reason, Instant now) {
        return QuotaVersionEntity.<QuotaVersionEntity>list("municipalityCode in ?1", merged)
                .map(rows -> rows.stream().map(row -> Period.parse(row.period)).filter(p -> !p.isBefore(effective))
                        .distinct().sorted().toList())
                .flatMap(periods -> {
                    List<QuotaTakenOver> takenOver = new ArrayList<>();
                    Uni<Void> writes = Uni.createFrom().voidItem();
                    for (Period period : periods) {
                        writes = writes.call(() -> periodQuotas.histories(period).flatMap(histories -> {
                            int sum = merged.stream().mapToInt(code -> histories.containsKey(code)
                                    ? histories.get(code).current().map(v -> v.persons()).orElse(0) : 0).sum();
                            takenOver.add(new QuotaTakenOver(period.toString(), sum));
                            // The sum is only as fixed as its least fixed part.
                            QuotaStatus status = merged.stream().anyMatch(code -> histories.containsKey(code) && histories.get(code)
                                    .current().map(v -> v.status() == QuotaStatus.PROVISIONAL).orElse(false))
                                    ? QuotaStatus.PROVISIONAL : QuotaStatus.FINAL;
                            Map<String, PeriodQuotas.Figure> zeros = new TreeMap<>();
                            merged.forEach(code -> zeros.put(code, new PeriodQuotas.Figure(0, null, null)));
                            return periodQuotas.set(period, Map.of(newCode, new PeriodQuotas.Figure(sum, status, null)), QuotaBasis.MERGED,
                                            "merger: " + reason, now)
                                    .call(() -> periodQuotas.set(period, zeros, QuotaBasis.ADJUSTED, "merged into " + newCode + ": " + reason, now));
                        }));
                    }
                    return writes.replaceWith(takenOver);
                });
    }
}
