package nl.permitholders.webhooks;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.UuidParam;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partners' webhook subscriptions (docs/webhooks.md): each caller manages its own tenant's only. */
@Path(WebhooksApi.BASE + "/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.PROVINCE, Roles.CORPORATION})
public class WebhookSubscriptionResource {

    private static final String WHOSE = " Subscriptions are the caller's tenant's (its municipality, province or corporation, "
            + "or the Rijk's or COA's): another's is 404, as one that does not exist.";

    @Inject
    WebhookSubscriptionService subscriptions;

    @POST
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a callback URL to the events the caller may read",
            description = "Events are POSTed to callbackUrl as CloudEvents (structured mode, application/cloudevents+json), "
                    + "signed as the Standard Webhooks specification says (webhook-id, webhook-timestamp, webhook-signature) "
                    + "with the secret in this answer, which is not shown again. The filter narrows what the caller may read "
                    + "and never widens it: an event type its role does not read, or a municipality it does not reach, is 403. "
                    + "callbackUrl must be https and resolve to public addresses only (400 naming it otherwise). An owner has "
                    + "at most webhooks.max-subscriptions-per-owner (10) subscriptions: 409 naming subscriptions past that.")
    @APIResponse(responseCode = "201", description = "Subscribed; the answer holds the secret, once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "409", description = "The owner has as many subscriptions as one may have (invalidParams says so)")
    public Uni<Response> create(@Valid @NotNull SubscriptionRequest request) {
        return subscriptions.create(request).map(created -> Response.created(
                URI.create(WebhooksApi.BASE + "/subscriptions/" + created.id())).entity(created).build());
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "The caller's tenant's subscriptions, oldest first",
            description = "Without their secrets." + WHOSE)
    public Uni<List<SubscriptionView>> list() {
        return subscriptions.list();
    }

    @GET
    @Path("/audit-trail")
    @Operation(operationId = "getWebhookSubscriptionAuditTrail", summary = "Who created, changed, paused, replayed, rotated and deleted the "
            + "caller's tenant's subscriptions, newest first",
            description = "Each write with the token's name, roles and tenant, the request, when, and what it did (action "
                    + "webhook-subscription-created, -status-changed, -replayed, -secret-rotated, -deleted; recordId the subscription). "
                    + "Kept after a subscription is deleted.")
    @APIResponse(responseCode = "200", description = "A page of the trail")
    public Uni<Page<nl.permitholders.platform.audit.AuditEntryView>> auditTrail(@BeanParam PageParams paging) {
        return subscriptions.auditTrail(paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "A subscription, with its status and why it was suspended",
            description = WHOSE)
    public Uni<SubscriptionView> get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return subscriptions.get(UuidParam.parse("id", id));
    }

    @PUT
    @Path("/{id}/status")
    @Operation(operationId = "setWebhookSubscriptionStatus", summary = "Pause (PAUSED) or resume (ACTIVE) a subscription",
            description = "Deliveries wait while it is paused (7 days at most, then they expire) and follow, in order, once it is "
                    + "resumed. Resuming a suspended subscription sends its waiting deliveries at once, with a new 24 hours of "
                    + "retries. A CLOSED subscription (its municipality ceased to exist) cannot be resumed: 409." + WHOSE)
    @APIResponse(responseCode = "200", description = "The subscription with its new status",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    public Uni<SubscriptionView> status(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                                        @Valid @NotNull StatusRequest request) {
        return subscriptions.changeStatus(UuidParam.parse("id", id), request.status());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "End a subscription",
            description = "Its waiting deliveries and its delivery log go with it." + WHOSE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Void> delete(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return subscriptions.delete(UuidParam.parse("id", id));
    }

    @POST
    @Path("/{id}/replays")
    @Operation(operationId = "replayWebhookDeliveries", summary = "Deliver again from a point in time or from an event",
            description = "Queues every event of the last 30 days the subscription takes, from the time given (by the event's "
                    + "time) or from the event given, after what waits already, in their order. A receiver recognises an event "
                    + "it had by its webhook-id, the event's id." + WHOSE)
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReplayView.class)))
    public Uni<Response> replay(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                                @Valid @NotNull ReplayRequest request) {
        return subscriptions.replay(UuidParam.parse("id", id), request).map(queued -> Response.accepted(queued).build());
    }

    @POST
    @Path("/{id}/secret-rotations")
    // It takes no body: a client that names a content type anyway (many name a form for a POST that sends nothing) is
    // not refused for it.
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "rotateWebhookSecret", summary = "A new signing secret, with the previous one signing beside it for a while",
            description = "The answer holds the new secret, once. For webhooks.secret-overlap (24 hours) every delivery carries two "
                    + "signatures in webhook-signature, one with each secret, so the receiver verifies with either while it "
                    + "switches over; then the new one alone." + WHOSE)
    @APIResponse(responseCode = "201", description = "Rotated; the answer holds the new secret, once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SecretRotationView.class)))
    public Uni<Response> rotateSecret(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return subscriptions.rotateSecret(UuidParam.parse("id", id)).map(rotated -> Response.status(201).entity(rotated).build());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's delivery log, newest first",
            description = "Per event: status (PENDING, DELIVERED, EXPIRED), attempts, the last HTTP status and error, when it is "
                    + "tried next and when it expires. No bodies. Delivered and expired lines are kept for 30 days." + WHOSE)
    public Uni<Page<DeliveryView>> deliveries(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                                              @BeanParam PageParams paging) {
        return subscriptions.deliveries(UuidParam.parse("id", id), paging.request());
    }
}
