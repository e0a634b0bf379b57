package nl.permitholders.webhooks;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.audit.AuditNote;
import nl.permitholders.platform.audit.AuditTrails;
import nl.permitholders.platform.audit.WriteLogStore;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.platform.security.Tenancy;
import nl.permitholders.webhooks.Subscription.Status;
import nl.permitholders.webhooks.WebhookAudience.Owner;
import nl.permitholders.webhooks.WebhookAudience.OwnerRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A partner's subscriptions: created, read, paused, resumed, deleted and replayed by their owner only, the tenant its
 * token names (docs/webhooks.md). Another owner's subscription is 404, as one that does not exist. A filter is held to
 * what the owner may read ({@link WebhookAudience}): a type its role does not read, or a municipality it does not
 * reach (the same {@link Caller#requireMunicipality} check as its reads), is 403.
 */
@ApplicationScoped
public class WebhookSubscriptionService {

    @Inject
    Pool pool;

    @Inject
    Caller caller;

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    WebhookDeliveryStore deliveries;

    @Inject
    Clock clock;

    @Inject
    CallbackPolicy callbacks;

    @Inject
    WriteLogStore writeLog;

    @Inject
    AuditTrails trails;

    @ConfigProperty(name = "webhooks.replay-window")
    java.time.Duration replayWindow;

    @ConfigProperty(name = "webhooks.max-subscriptions-per-owner")
    int maxSubscriptions;

    @ConfigProperty(name = "webhooks.secret-overlap")
    java.time.Duration secretOverlap;

    @ConfigProperty(name = "webhooks.pending-expiry")
    java.time.Duration pendingExpiry;

    public Uni<SubscriptionView> create(SubscriptionRequest request) {
        Owner owner = owner();
        Violations violations = new Violations();
        List<String> types = request.eventTypes() == null ? List.of() : request.eventTypes();
        List<String> codes = request.municipalityCodes() == null ? List.of() : request.municipalityCodes();
        for (int i = 0; i < types.size(); i++) {
            violations.check(types.get(i) != null && EventCatalogue.TYPES.contains(types.get(i)), "eventTypes[" + i + "]",
                    "must be one of the event types docs/events lists (its topics' types with their version)");
        }
        for (int i = 0; i < codes.size(); i++) {
            violations.check(codes.get(i) != null && codes.get(i).matches(Codes.MUNICIPALITY), "municipalityCodes[" + i + "]",
                    Codes.MUNICIPALITY_MESSAGE);
        }
        violations.throwIfAny();
        for (String type : types) {
            Caller.require(WebhookAudience.mayChoose(owner.role(), type), "events of type " + type);
        }
        Uni<Void> reached = Uni.createFrom().voidItem();
        Tenancy tenancy = caller.tenancy();
        for (String code : new LinkedHashSet<>(codes)) {
            reached = reached.flatMap(ignored -> owner.role() == OwnerRole.CORPORATION ? Uni.createFrom().voidItem()
                    : caller.requireMunicipality(tenancy, code));
        }
        UUID id = UUID.randomUUID();
        WriteLogStore.Change audited = writeLog.change(CREATED, owner.trail(), note(id, "callbackUrl " + request.callbackUrl()
                + "; eventTypes " + String.join(",", new java.util.TreeSet<>(types)) + "; municipalityCodes " + String.join(",", new java.util.TreeSet<>(codes))));
        return reached.flatMap(ignored -> stillExists(owner)).flatMap(ignored -> checkedCallback(request.callbackUrl()))
                .flatMap(ignored -> pool.withTransaction(db -> subscriptions.lockOwner(db, owner)
                        .flatMap(locked -> subscriptions.count(db, owner)).flatMap(count -> {
                            if (count >= maxSubscriptions) {
                                throw ConflictException.of("subscriptions", "your organisation has " + count + " webhook subscriptions, the most "
                                        + "one may have (webhooks.max-subscriptions-per-owner): delete one you no longer use first");
                            }
                            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                            Subscription created = new Subscription(id, owner, request.callbackUrl(), Set.copyOf(types), Set.copyOf(codes),
                                    Subscription.SigningSecrets.of(Signature.newSecret()), Status.ACTIVE, null, now.toInstant(), now.toInstant(),
                                    audited.actor(), null);
                            return subscriptions.insert(db, created).flatMap(inserted -> audited.recordIn(db))
                                    .map(recorded -> SubscriptionView.of(created, true));
                        })));
    }

    static final String CREATED = "webhook-subscription-created";
    static final String STATUS_CHANGED = "webhook-subscription-status-changed";
    static final String DELETED = "webhook-subscription-deleted";
    static final String REPLAYED = "webhook-subscription-replayed";
    static final String SECRET_ROTATED = "webhook-subscription-secret-rotated";

    /** What an audit entry of subscription {@code id} says it did. */
    private AuditNote note(UUID id, String details) {
        return new AuditNote(owner().role().name().toLowerCase(java.util.Locale.ROOT), id, id, null, details);
    }

    /**
     * 409 with the reason when {@code owner} is a municipality that has ceased to exist today (R3): its successor
     * subscribes ({@link SuccessionRule}).
     */
    private Uni<Void> stillExists(Owner owner) {
        if (owner.role() != OwnerRole.MUNICIPALITY) {
            return Uni.createFrom().voidItem();
        }
        return subscriptions.succession(pool).map(succession -> {
            SuccessionRule.ceased(owner.tenant(), succession, today()).ifPresent(reason -> {
                throw new ConflictException(reason);
            });
            return null;
        });
    }

    private java.time.LocalDate today() {
        return clock.instant().atZone(WebhookJournalStore.NETHERLANDS).toLocalDate();
    }

    /** 400 naming {@code callbackUrl} unless the rule lets it through; resolving the name runs off the event loop. */
    private Uni<Void> checkedCallback(String url) {
        return Uni.createFrom().item(() -> callbacks.rule().refusal(url)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(refusal -> {
                    refusal.ifPresent(reason -> {
                        throw InvalidInputException.of("callbackUrl", reason);
                    });
                    return null;
                });
    }

    public Uni<List<SubscriptionView>> list() {
        Owner owner = owner();
        return subscriptions.of(pool, owner).map(found -> found.stream().map(s -> SubscriptionView.of(s, false)).toList());
    }

    public Uni<SubscriptionView> get(UUID id) {
        Owner owner = owner();
        return subscriptions.find(pool, owner, id, false).map(found -> SubscriptionView.of(found.orElseThrow(() -> notFound(id)), false));
    }

    /**
     * Pauses ({@code PAUSED}) or resumes ({@code ACTIVE}) the subscription. Resuming one that was suspended clears its
     * reason, and its waiting deliveries are tried at once with a new 24 hours before it is suspended again.
     */
    public Uni<SubscriptionView> changeStatus(UUID id, Status status) {
        if (status == Status.SUSPENDED) {
            throw InvalidInputException.of("status", "must be ACTIVE or PAUSED: a subscription is suspended only by failed deliveries");
        }
        if (status == Status.CLOSED) {
            throw InvalidInputException.of("status", "must be ACTIVE or PAUSED: a subscription is closed only when its municipality ceases to exist");
        }
        Owner owner = owner();
        WriteLogStore.Change audited = writeLog.change(STATUS_CHANGED, owner.trail(), note(id, "status " + status));
        return pool.withTransaction(db -> subscriptions.find(db, owner, id, true).flatMap(found -> {
            Subscription subscription = found.orElseThrow(() -> notFound(id));
            if (subscription.status() == Status.CLOSED) {
                throw ConflictException.of("status", subscription.statusReason());
            }
            if (subscription.status() == status) {
                return Uni.createFrom().item(SubscriptionView.of(subscription, false));
            }
            Uni<Void> allowed = status == Status.ACTIVE ? stillExists(owner) : Uni.createFrom().voidItem();
            return allowed.flatMap(ignored -> changeStatus(db, subscription, status)).call(changed -> audited.recordIn(db));
        }));
    }

    private Uni<SubscriptionView> changeStatus(io.vertx.mutiny.sqlclient.SqlConnection db, Subscription subscription, Status status) {
        UUID id = subscription.id();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        // Resuming also tries the callback's handshake again when it has not allowed deliveries yet (WebhookDispatcher).
        Uni<?> restarted = status == Status.ACTIVE
                ? deliveries.retryPendingNow(db, id, now)
                : Uni.createFrom().voidItem();
        return restarted.flatMap(ignored -> subscriptions.changeStatus(db, id, status, now))
                .map(updated -> SubscriptionView.of(subscription.withStatus(status, null, now.toInstant()), false));
    }

    /** Deletes the subscription and its waiting deliveries and log; its audit entries stay. */
    public Uni<Void> delete(UUID id) {
        Owner owner = owner();
        WriteLogStore.Change audited = writeLog.change(DELETED, owner.trail(), note(id, null));
        return pool.withTransaction(db -> subscriptions.delete(db, owner, id)
                .flatMap(deleted -> {
                    if (deleted.rowCount() == 0) {
                        throw notFound(id);
                    }
                    return audited.recordIn(db);
                }));
    }

    /**
     * A new signing secret, shown once in the answer; the current one goes on signing beside it for
     * {@code webhooks.secret-overlap} (both signatures in {@code webhook-signature}), so the receiver can switch over
     * without missing or refusing a delivery. A second rotation within that time ends the first one's overlap.
     */
    public Uni<SecretRotationView> rotateSecret(UUID id) {
        Owner owner = owner();
        WriteLogStore.Change audited = writeLog.change(SECRET_ROTATED, owner.trail(), note(id, "previous secret signs until rotation + "
                + secretOverlap.toString().substring(2).toLowerCase()));
        return pool.withTransaction(db -> subscriptions.find(db, owner, id, true).flatMap(found -> {
            Subscription subscription = found.orElseThrow(() -> notFound(id));
            if (subscription.status() == Status.CLOSED) {
                throw ConflictException.of("status", subscription.statusReason());
            }
            java.time.Instant until = clock.instant().plus(secretOverlap).truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored
            Subscription.SigningSecrets rotated = new Subscription.SigningSecrets(Signature.newSecret(), subscription.secrets().current(), until);
            return subscriptions.rotate(db, id, rotated).call(ignored -> audited.recordIn(db))
                    .map(ignored -> new SecretRotationView(rotated.current(), until));
        }));
    }

    /** The owner's audit trail of its subscriptions (created, changed, paused, deleted, replayed, rotated), newest first. */
    public Uni<Page<nl.permitholders.platform.audit.AuditEntryView>> auditTrail(PageRequest page) {
        return trails.about(owner().trail(), page);
    }

    /**
     * Queues every kept event the subscription takes from a point in time ({@code from}, by the event's time) or from an
     * event ({@code fromEventId}, that one and those recorded after it), again, in their order; an event that waits
     * already is not queued twice. One replay runs per subscription at a time: until what it queued has been delivered
     * or has expired, another is refused (409 naming the field). Receivers recognise a repeat by its
     * {@code webhook-id}, the event's id.
     */
    public Uni<ReplayView> replay(UUID id, ReplayRequest request) {
        if ((request.from() == null) == (request.fromEventId() == null)) {
            throw new InvalidInputException(List.of(new nl.permitholders.platform.api.InvalidParam("from",
                    "give either from (a point in time) or fromEventId"), new nl.permitholders.platform.api.InvalidParam("fromEventId",
                    "give either from (a point in time) or fromEventId")));
        }
        String field = request.from() != null ? "from" : "fromEventId";
        Owner owner = owner();
        UUID replay = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        WriteLogStore.Change audited = writeLog.change(REPLAYED, owner.trail(), note(id, request.from() != null ? "from " + request.from()
                : "fromEventId " + request.fromEventId()));
        return pool.withTransaction(db -> subscriptions.find(db, owner, id, true).flatMap(found -> {
            Subscription subscription = found.orElseThrow(() -> notFound(id));
            if (subscription.status() == Status.CLOSED) {
                throw ConflictException.of("status", subscription.statusReason());
            }
            Uni<Long> running = deliveries.pendingReplayed(db, id);
            Uni<Long> firstSeq = running.map(waiting -> {
                if (waiting > 0) {
                    throw ConflictException.of(field, "a replay of this subscription is still running: " + waiting + " of the deliveries it "
                            + "queued wait; replay again once they have been delivered or have expired (at most "
                            + pendingExpiry.toDays() + " days after they were queued)");
                }
                return waiting;
            }).flatMap(none -> request.fromEventId() != null
                    ? deliveries.eventSeq(db, request.fromEventId())
                    .map(rows -> {
                        if (!rows.iterator().hasNext()) {
                            throw InvalidInputException.of("fromEventId", "is not among the events kept for replay (the last "
                                    + replayWindow.toDays() + " days)");
                        }
                        return rows.iterator().next().getLong("seq");
                    })
                    : Uni.createFrom().item(0L));
            return firstSeq.flatMap(seq -> subscriptions.succession(db).flatMap(succession -> deliveries.eventsFrom(db, seq, request.from())
                    .map(rows -> {
                        List<Row> taken = new ArrayList<>();
                        for (Row row : rows) {
                            java.time.LocalDate day = row.getOffsetDateTime("at").atZoneSameInstant(WebhookJournalStore.NETHERLANDS).toLocalDate();
                            if (subscription.takes(new WebhookAudience.EventFacts(row.getString("type"), row.getString("municipality_code"),
                                    row.getString("province_code"), row.getString("corporation_id")), succession, day)) {
                                taken.add(row);
                            }
                        }
                        return taken;
                    })))
                    .flatMap(taken -> {
                        if (taken.isEmpty()) {
                            return audited.recordIn(db).map(ignored -> new ReplayView(0, 0));
                        }
                        return deliveries.queueReplay(db, id, taken, now, replay)
                                .flatMap(inserted -> audited.recordIn(db).map(ignored ->
                                        new ReplayView(inserted.rowCount(), taken.size() - inserted.rowCount())));
                    });
        }));
    }

    /** The subscription's delivery log, newest first. */
    public Uni<Page<DeliveryView>> deliveries(UUID id, PageRequest page) {
        Owner owner = owner();
        return subscriptions.find(pool, owner, id, false).flatMap(found -> {
            found.orElseThrow(() -> notFound(id));
            Uni<Long> total = deliveries.count(pool, id);
            Uni<List<DeliveryView>> items = deliveries.page(pool, id, page.pageSize(), page.offset()).map(rows -> {
                        List<DeliveryView> views = new ArrayList<>();
                        for (Row row : rows) {
                            boolean pending = row.getString("status").equals("PENDING");
                            views.add(new DeliveryView(row.getUUID("event_id"), row.getString("event_type"), row.getString("subject"),
                                    row.getString("status"), row.getInteger("attempts"), instant(row, "last_attempt_at"),
                                    row.getInteger("last_status"), row.getString("last_error"),
                                    pending ? instant(row, "next_attempt_at") : null, instant(row, "delivered_at"), instant(row, "created_at"),
                                    pending ? instant(row, "created_at").plus(pendingExpiry) : null, instant(row, "expired_at")));
                        }
                        return views;
                    });
            return Uni.combine().all().unis(items, total).asTuple().map(both -> Page.of(both.getItem1(), page, both.getItem2()));
        });
    }

    private static java.time.Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * Whose subscriptions the caller manages: its municipality, province or corporation, or the Rijk's or COA's; a role
     * bound to a tenant without its claim is 403 (fails closed).
     */
    Owner owner() {
        if (caller.is(Roles.MUNICIPALITY)) {
            return new Owner(OwnerRole.MUNICIPALITY, caller.municipality().orElseThrow(() -> Caller.forbidden("a municipality")));
        }
        if (caller.is(Roles.CORPORATION)) {
            return new Owner(OwnerRole.CORPORATION, caller.corporation().orElseThrow(() -> Caller.forbidden("a corporation")));
        }
        if (caller.is(Roles.PROVINCE)) {
            return new Owner(OwnerRole.PROVINCE, caller.province().orElseThrow(() -> Caller.forbidden("a province")));
        }
        if (caller.is(Roles.COA)) {
            return new Owner(OwnerRole.COA, null);
        }
        if (caller.is(Roles.RIJK)) {
            return new Owner(OwnerRole.RIJK, null);
        }
        throw Caller.forbidden("webhook subscriptions");
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("No webhook subscription " + id + " of yours.");
    }
}
