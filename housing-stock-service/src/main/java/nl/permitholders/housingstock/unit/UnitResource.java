package nl.permitholders.housingstock.unit;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import nl.permitholders.platform.api.FreeText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.api.Ids;
import nl.permitholders.housingstock.api.ListQuery;
import nl.permitholders.housingstock.api.TenantQueries;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
@Path(HousingStockApi.BASE + "/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class UnitResource {

    /** A CBS wijk code (WK + municipality digits + 2) or buurt code (BU + municipality digits + 4). */
    static final String NEIGHBOURHOOD = "WK\\d{6}|BU\\d{8}";
    static final String NEIGHBOURHOOD_MESSAGE = "must be a CBS wijk code such as WK014101 or buurt code such as BU01410101";

    @Inject
    UnitService units;

    @Inject
    Clock clock;

    @Inject
    TenantQueries tenantQueries;

    @Inject
    UnitQueries unitQueries;

    public record UnitRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = Ids.SAFE, message = Ids.SAFE_MESSAGE) String externalId,
            @NotBlank @Size(max = 100) @Pattern(regexp = Ids.SAFE, message = Ids.SAFE_MESSAGE) String ownerId,
            OwnerType ownerType,
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @Pattern(regexp = NEIGHBOURHOOD, message = NEIGHBOURHOOD_MESSAGE) String neighbourhoodCode,
            @NotNull UnitType type,
            @NotNull @Min(UnitRules.MIN_CAPACITY) @Max(UnitRules.MAX_CAPACITY) Integer capacity,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal monthlyRent,
            @Schema(description = "FLEX and INTERMEDIATE units only: the last day the temporary home is available")
            LocalDate temporaryUntil) {

        UnitDetails details() {
            return new UnitDetails(ownerType, municipalityCode, neighbourhoodCode, type, capacity, monthlyRent, temporaryUntil);
        }
    }

    public record RetirementRequest(@NotNull LocalDate retiredOn,
            @Size(max = 500) @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE)
            String reason) {
    }

    /**
     * What the owner left out of the registration is unknown, and what has not happened (a correction, retirement) has
     * no value: both are left out, as the document has them optional. The owner type too: a registration may omit it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"id", "externalId", "ownerId", "municipalityCode", "type", "capacity",
            "registeredAt", "registeredBy"})
    public record UnitView(UUID id, String externalId, String ownerId,
                           @Schema(description = "absent when the registration did not say") OwnerType ownerType,
                           String municipalityCode,
                           String neighbourhoodCode, UnitType type, int capacity, BigDecimal monthlyRent,
                           LocalDate temporaryUntil, Instant registeredAt,
                           @Schema(description = "who registered the unit (the token's subject)") String registeredBy,
                           Instant correctedAt,
                           @Schema(description = "who made the last correction") String correctedBy,
                           LocalDate retiredOn, String retirementReason,
                           @Schema(description = "who retired the unit") String retiredBy) {
        public static UnitView of(Unit unit) {
            return new UnitView(unit.id, unit.externalId, unit.ownerId, unit.ownerType, unit.municipalityCode,
                    unit.neighbourhoodCode, unit.type, unit.capacity, unit.monthlyRent, unit.temporaryUntil,
                    unit.registeredAt, unit.registeredBy, unit.correctedAt, unit.correctedBy, unit.retiredOn,
                    unit.retirementReason, unit.retiredBy);
        }
    }

    @POST
    @Operation(operationId = "registerUnit", summary = "Register or correct a unit under its owner's own id",
            description = "201 when new. The same owner and externalId again is an upsert: with the same data it is 200 "
                    + "and changes nothing; with different data the unit is corrected (200, UnitCorrected). Optional "
                    + "values left out are unknown, so a registration always states the unit as a whole. A retired "
                    + "unit cannot be corrected (409). A municipality registers units in its own municipality (of "
                    + "any owner), a corporation units with its own ownerId; the unit as registered before must be "
                    + "the caller's too (403).")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "200", description = "Registered before: unchanged, or corrected",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> register(@Valid @NotNull UnitRequest request) {
        return units.register(request.ownerId(), request.externalId(), request.details())
                .map(written -> HousingStockApi.createdOrOk(written.created(), "units", written.fact().id,
                        UnitView.of(written.fact())));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "correctUnit", summary = "Correct a unit",
            description = "The unit as a whole, as at registration; externalId and ownerId identify it and cannot change "
                    + "(409). The same data is 200 and changes nothing; different data is 200 with UnitCorrected. "
                    + "A retired unit cannot be corrected (409). The unit, before and after, must be in the calling "
                    + "municipality or of the calling corporation (403).")
    @APIResponse(responseCode = "200", description = "Corrected, or unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<UnitView> put(@PathParam("id") UUID id, @Valid @NotNull UnitRequest request) {
        return units.correct(id, request.ownerId(), request.externalId(), request.details()).map(UnitView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUnit",
            summary = "Read a unit", description = "A unit in the calling municipality, or of the calling corporation; "
            + "another's is 403.")
    public Uni<UnitView> get(@PathParam("id") UUID id) {
        return tenantQueries.readable(Unit.class, id, "unit", Unit::notRegistered).map(UnitView::of);
    }

    @GET
    @Operation(operationId = "listUnits", summary = "List units",
            description = "In registration order. Without retired, only units in the stock; retired=true lists the "
                    + "retired ones. available=true keeps the units with free capacity (persons, or rooms in a SHARED "
                    + "dwelling) once every recorded placement has taken effect; available=false the full ones. "
                    + "A municipality sees the units in its municipality, a corporation its own units: "
                    + "municipalityCode, or ownerId, is then the caller's own when left out, and 403 when it names "
                    + "another.")
    public Uni<Page<UnitView>> list(
            @Parameter(description = "REGULAR, FLEX, SHARED, ROOM, LARGE_FAMILY or INTERMEDIATE",
                    schema = @Schema(implementation = UnitType.class))
            @QueryParam("type") String typeText,
            @QueryParam("ownerId") String ownerId,
            @Parameter(description = "CORPORATION, MUNICIPALITY or PRIVATE_LANDLORD",
                    schema = @Schema(implementation = OwnerType.class))
            @QueryParam("ownerType") String ownerTypeText,
            @Parameter(description = "true or false", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("available") String availableText,
            @Parameter(description = "true lists retired units instead of those in the stock",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("retired") String retiredText,
            @BeanParam ListQuery list) {
        QueryParams params = list.params();
        UnitType type = params.enumValue("type", typeText, UnitType.class);
        OwnerType ownerType = params.enumValue("ownerType", ownerTypeText, OwnerType.class);
        Boolean available = params.bool("available", availableText);
        Boolean retired = params.bool("retired", retiredText);
        return unitQueries.list(tenantQueries.of(list, "ownerId", ownerId), type, ownerType, available, retired, UnitView::of);
    }

    @PUT
    @Path("/{id}/retirement")
    @Operation(operationId = "retireUnit", summary = "Retire a unit",
            description = "The unit leaves the stock on retiredOn (sold, demolished, a flex home's term ended): from then "
                    + "on it has no free capacity and placements do not occupy it; its history stays readable. The same "
                    + "date again is 200 and changes nothing; a different date is 409. retiredOn cannot be in the future. "
                    + "A unit in the calling municipality, or of the calling corporation; another's is 403.")
    @APIResponse(responseCode = "200", description = "Retired",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<UnitView> retire(@PathParam("id") UUID id, @Valid @NotNull RetirementRequest request) {
        if (request.retiredOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("retiredOn", "must not be in the future; retire a unit once it has left the stock");
        }
        return units.retire(id, request.retiredOn(), request.reason()).map(UnitView::of);
    }
}
