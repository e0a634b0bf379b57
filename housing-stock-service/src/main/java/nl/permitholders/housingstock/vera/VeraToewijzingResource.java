package nl.permitholders.housingstock.vera;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.allocation.AllocationQueries;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.housingstock.api.Ids;
import nl.permitholders.housingstock.allocation.Allocation;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.Problem;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Corporations' allocation systems report allocations here as VERA Toewijzingen, one at a time
 * ({@code /vera/toewijzingen}) or in batches ({@code /vera/toewijzing-batches}), each with one body shape.
 * This endpoint speaks VERA's property names; see docs/housing-stock-integration.md.
 */
@Path(HousingStockApi.BASE + "/vera")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "VERA")
public class VeraToewijzingResource {

    static final String TOEWIJZINGEN = "/toewijzingen";
    static final String BATCHES = "/toewijzing-batches";
    static final String SENDER_ORGANISATION = "X-Stuurgegevens-Zender-Organisatie";
    private static final String SENDER_DESCRIPTION =
            "VERA stuurgegeven: the sending organisation, for Toewijzingen without idOrganisatie";

    @Inject
    ToewijzingService toewijzingen;

    @Inject
    AllocationQueries allocations;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "housing-stock.vera.max-batch-items", defaultValue = "10000")
    int maxBatchItems;

    /** A recorded Toewijzing as VERA names it, with {@code id} the allocation's id here. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RecordedToewijzing", requiredProperties = {"id", "idExtern", "idOrganisatie", "datum", "eenheid",
            "huishoudgrootte"})
    public record ToewijzingView(UUID id, String idExtern, String idOrganisatie,
                                 @Schema(format = "date") LocalDate datum, String eenheid, int huishoudgrootte,
                                 Toewijzing.Referentiedata aanvullendeDoelgroep) {
        static ToewijzingView of(Allocation a) {
            return new ToewijzingView(a.id, a.externalId, a.corporationId, a.allocatedOn, a.unitReference, a.persons,
                    a.additionalTargetGroup == null ? null : new Toewijzing.Referentiedata(a.additionalTargetGroup, null));
        }
    }

    @RolesAllowed(Roles.CORPORATION)
    @POST
    @Path(TOEWIJZINGEN)
    @Operation(operationId = "createToewijzing", summary = "Report one allocation as a VERA Toewijzing",
            description = "Records one allocation: 201 when new, 200 when the same Toewijzing was recorded before, 400 "
                    + "listing every refused property, 409 naming what differs when the organisation sent this idExtern "
                    + "before with other content. aanvullendeDoelgroep.code STH marks an allocation to permit holders. "
                    + "A corporation reports its own allocations: a Toewijzing whose organisation (idOrganisatie, else "
                    + "the sender) is not the token's corporation is 403. Many at once: POST /vera" + BATCHES + ".")
    @APIResponse(responseCode = "201", description = "Recorded now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToewijzingView.class)))
    @APIResponse(responseCode = "200", description = "The same Toewijzing was recorded before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToewijzingView.class)))
    @APIResponse(responseCode = "400", description = "Refused; invalidParams names every VERA property at fault",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A Toewijzing of another organisation than the token's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Its idExtern was recorded before with other content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 20 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Toewijzing.class)))
    public Uni<Response> report(
            @Parameter(description = SENDER_DESCRIPTION)
            @HeaderParam(SENDER_ORGANISATION) String senderOrganisation,
            JsonNode body) {
        String reporter = reporter();
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be one Toewijzing object"
                    + (body != null && body.isArray() ? "; send an array of Toewijzingen to POST " + HousingStockApi.BASE
                    + "/vera" + BATCHES : ""));
        }
        requireOwn(body, senderOrganisation, reporter);
        return toewijzingen.record(List.of(body), senderOrganisation, reporter, caller.name())
                .flatMap(results -> single(results.get(0)));
    }

    @RolesAllowed(Roles.CORPORATION)
    @POST
    @Path(BATCHES)
    @Operation(operationId = "createToewijzingBatch", summary = "Report allocations as a batch of VERA Toewijzingen",
            description = "A JSON array of up to 10,000 Toewijzingen, applied item by item: 200 with a report of every "
                    + "item in the order sent (ACCEPTED, ALREADY_ACCEPTED, REFUSED or CONFLICT, with reasons); each item "
                    + "is recorded whole or not at all, whatever becomes of the others. An item of another organisation "
                    + "than the token's corporation is REFUSED on idOrganisatie.")
    @APIResponse(responseCode = "200", description = "The outcome of every item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchReport.class)))
    @APIResponse(responseCode = "400", description = "Not an array of 1 to 10,000 items, or unreadable JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 20 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Toewijzing.class, minItems = 1, maxItems = 10_000)))
    public Uni<BatchReport> reportBatch(
            @Parameter(description = SENDER_DESCRIPTION)
            @HeaderParam(SENDER_ORGANISATION) String senderOrganisation,
            JsonNode body) {
        String reporter = reporter();
        if (body == null || !body.isArray()) {
            throw InvalidInputException.of("body", "must be an array of Toewijzingen");
        }
        if (body.isEmpty()) {
            throw InvalidInputException.of("body", "must hold at least one Toewijzing");
        }
        if (body.size() > maxBatchItems) {
            throw InvalidInputException.of("body", "holds " + body.size() + " Toewijzingen; send at most " + maxBatchItems
                    + " per request");
        }
        List<JsonNode> items = new ArrayList<>(body.size());
        body.forEach(items::add);
        return toewijzingen.record(items, senderOrganisation, reporter, caller.name()).map(BatchReport::of);
    }

    private String reporter() {
        return caller.tenancy().corporation()
                .orElseThrow(() -> Caller.forbidden("an organisation: it names no corporation"));
    }

    /**
     * One Toewijzing of another organisation is refused as a whole (403). One that cannot be read is left to the
     * intake, which refuses it (400) on what is wrong, and on idOrganisatie too when it is another's.
     */
    private void requireOwn(JsonNode body, String senderOrganisation, String reporter) {
        String organisation;
        try {
            organisation = VeraToewijzingMapping.organisation(json.treeToValue(body, Toewijzing.class), senderOrganisation);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return;
        }
        if (organisation != null && !organisation.equals(reporter)) {
            throw Caller.forbidden(Ids.isSafe(organisation) ? "organisation " + organisation : "another organisation");
        }
    }

    private Uni<Response> single(ItemResult result) {
        return switch (result.outcome()) {
            case REFUSED -> throw new InvalidInputException(result.reasons());
            case CONFLICT -> throw new ConflictException("Toewijzing " + result.idExtern() + " was recorded before as allocation "
                    + result.allocationId() + " with different content: " + result.reasons().stream()
                    .map(reason -> reason.name() + " " + reason.reason()).collect(Collectors.joining("; ")) + ".");
            case ACCEPTED, ALREADY_ACCEPTED -> allocations.recorded(result.allocationId()).map(allocation -> {
                ToewijzingView view = ToewijzingView.of(allocation);
                return result.outcome() == ItemResult.Outcome.ACCEPTED
                        ? Response.created(URI.create(HousingStockApi.BASE + "/allocations/" + allocation.id)).entity(view).build()
                        : Response.ok(view).build();
            });
        };
    }
}
