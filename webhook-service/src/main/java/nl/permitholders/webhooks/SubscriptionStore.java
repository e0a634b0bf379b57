package nl.permitholders.webhooks;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.webhooks.Subscription.Status;
import nl.permitholders.webhooks.WebhookAudience.Owner;
import nl.permitholders.webhooks.WebhookAudience.OwnerRole;

/** The stored subscriptions, read in the connection or transaction given. */
@ApplicationScoped
public class SubscriptionStore {

    private static final String COLUMNS = "id, owner_role, owner_tenant, callback_url, event_types, municipality_codes, secret, "
            + "previous_secret, previous_secret_until, status, status_reason, status_since, created_at, created_by, callback_allowed_at";

    @Inject
    SecretKeyStore keys;

    /**
     * Every subscription that events are queued for: active, paused and suspended ones (their deliveries wait, for
     * {@code webhooks.pending-expiry} at most), not closed ones.
     */
    public Uni<List<Subscription>> all(SqlClient db) {
        return db.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE status <> 'CLOSED'").execute().map(this::list);
    }

    /** How many subscriptions {@code owner} has, closed ones included until deleted. */
    /**
     * Takes the owner's lock ({@code owner.trail()}) for the rest of the transaction {@code db} runs in: a second writer
     * of the same owner's subscriptions waits, then counts what the first committed.
     */
    public Uni<Void> lockOwner(SqlClient db, Owner owner) {
        return db.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of(owner.trail())).replaceWithVoid();
    }

    public Uni<Long> count(SqlClient db, Owner owner) {
        return db.preparedQuery("SELECT count(*) AS n FROM webhook_subscription WHERE owner_role = $1 AND owner_tenant IS NOT DISTINCT FROM $2")
                .execute(Tuple.of(owner.role().name(), owner.tenant())).map(rows -> rows.iterator().next().getLong("n"));
    }

    /** Stores a new subscription, its secret sealed ({@link SecretVault}). */
    public Uni<Void> insert(SqlClient db, Subscription created) {
        return db.preparedQuery("INSERT INTO webhook_subscription (id, owner_role, owner_tenant, callback_url, event_types, "
                        + "municipality_codes, secret, status, status_since, created_at, created_by) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)")
                .execute(Tuple.from(Arrays.asList(created.id(), created.owner().role().name(), created.owner().tenant(), created.callbackUrl(),
                        array(created.eventTypes()), array(created.municipalityCodes()), seal(created.secrets().current(), created.id()),
                        created.status().name(), created.createdAt().atOffset(ZoneOffset.UTC), created.createdBy())))
                .replaceWithVoid();
    }

    /** A new current secret; the current one becomes the previous, signing beside it until {@code previousUntil}. */
    public Uni<Void> rotate(SqlClient db, UUID id, Subscription.SigningSecrets secrets) {
        return db.preparedQuery("UPDATE webhook_subscription SET secret = $2, previous_secret = $3, previous_secret_until = $4 WHERE id = $1")
                .execute(Tuple.from(Arrays.asList(id, seal(secrets.current(), id), seal(secrets.previous(), id),
                        secrets.previousUntil() == null ? null : secrets.previousUntil().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    private String seal(String secret, UUID id) {
        return secret == null ? null : keys.vault().seal(secret, id.toString());
    }

    /** The owner's subscriptions, oldest first. */
    public Uni<List<Subscription>> of(SqlClient db, Owner owner) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE owner_role = $1 "
                        + "AND owner_tenant IS NOT DISTINCT FROM $2 ORDER BY created_at, id")
                .execute(Tuple.of(owner.role().name(), owner.tenant())).map(this::list);
    }

    /** The owner's subscription {@code id}; empty when there is none or it is another's (never told apart). */
    public Uni<Optional<Subscription>> find(SqlClient db, Owner owner, UUID id, boolean lock) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = $1 AND owner_role = $2 "
                        + "AND owner_tenant IS NOT DISTINCT FROM $3" + (lock ? " FOR UPDATE" : ""))
                .execute(Tuple.of(id, owner.role().name(), owner.tenant())).map(rows -> this.list(rows).stream().findFirst());
    }

    /** Subscription {@code id} of whichever owner, for its deliveries. */
    public Uni<Optional<Subscription>> byId(SqlClient db, UUID id) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = $1")
                .execute(Tuple.of(id)).map(rows -> this.list(rows).stream().findFirst());
    }

    private List<Subscription> list(Iterable<Row> rows) {
        List<Subscription> subscriptions = new ArrayList<>();
        for (Row row : rows) {
            String id = row.getUUID("id").toString();
            SecretVault vault = keys.vault();
            subscriptions.add(new Subscription(row.getUUID("id"),
                    new Owner(OwnerRole.valueOf(row.getString("owner_role")), row.getString("owner_tenant")),
                    row.getString("callback_url"), Set.of(row.getArrayOfStrings("event_types")),
                    Set.of(row.getArrayOfStrings("municipality_codes")),
                    new Subscription.SigningSecrets(vault.open(row.getString("secret"), id), vault.open(row.getString("previous_secret"), id),
                            instant(row, "previous_secret_until")),
                    Status.valueOf(row.getString("status")), row.getString("status_reason"),
                    row.getOffsetDateTime("status_since").toInstant(), row.getOffsetDateTime("created_at").toInstant(),
                    row.getString("created_by"), instant(row, "callback_allowed_at")));
        }
        return subscriptions;
    }

    private static java.time.Instant instant(Row row, String column) {
        return row.getOffsetDateTime(column) == null ? null : row.getOffsetDateTime(column).toInstant();
    }

    /** Every merger and split the webhooks' consumer has read (R3). */
    public Uni<Succession> succession(SqlClient db) {
        return db.query("SELECT code, kind, successors, effective_date FROM webhook_succession").execute().map(rows -> {
            List<Succession.Merger> mergers = new ArrayList<>();
            List<Succession.Split> splits = new ArrayList<>();
            for (Row row : rows) {
                List<String> successors = List.of(row.getArrayOfStrings("successors"));
                if (row.getString("kind").equals("MERGED")) {
                    mergers.add(new Succession.Merger(row.getString("code"), successors.get(0), row.getLocalDate("effective_date")));
                } else {
                    splits.add(new Succession.Split(row.getString("code"), successors, row.getLocalDate("effective_date")));
                }
            }
            return Succession.of(mergers, splits);
        });
    }

    /**
     * The subscriptions of municipalities whose merger or split took effect on or before {@code today}, locked for the
     * rest of the transaction.
     */
    public Uni<RowSet<Row>> lockOfCeasedMunicipalities(SqlClient db, LocalDate today) {
        return db.preparedQuery("SELECT s.id, s.owner_tenant, s.status, s.status_reason FROM webhook_subscription s "
                + "JOIN webhook_succession m ON m.code = s.owner_tenant WHERE s.owner_role = 'MUNICIPALITY' "
                + "AND m.effective_date <= $1 FOR UPDATE OF s").execute(Tuple.of(today));
    }

    /** A subscription to close, and why. */
    public record Closing(UUID id, String reason) {
    }

    /** Closes each subscription, in the order given, with its reason, since {@code since}. */
    public Uni<RowSet<Row>> close(SqlClient db, List<Closing> closed, OffsetDateTime since) {
        return db.preparedQuery("UPDATE webhook_subscription SET status = 'CLOSED', status_reason = $2, "
                + "status_since = $3 WHERE id = $1").executeBatch(closed.stream().map(c -> Tuple.of(c.id(), c.reason(), since)).toList());
    }

    /** Sets the subscription's status, its reason cleared, since {@code now}. */
    public Uni<RowSet<Row>> changeStatus(SqlClient db, UUID id, Status status, OffsetDateTime now) {
        return db.preparedQuery("UPDATE webhook_subscription SET status = $2, status_reason = NULL, "
                + "status_since = $3 WHERE id = $1").execute(Tuple.of(id, status.name(), now));
    }

    /** Deletes the owner's subscription {@code id} (its deliveries with it); no row when there is none or it is another's. */
    public Uni<RowSet<Row>> delete(SqlClient db, Owner owner, UUID id) {
        return db.preparedQuery("DELETE FROM webhook_subscription WHERE id = $1 AND owner_role = $2 "
                        + "AND owner_tenant IS NOT DISTINCT FROM $3 RETURNING callback_url")
                .execute(Tuple.of(id, owner.role().name(), owner.tenant()));
    }

    /**
     * The active subscriptions not being delivered by a sender with a delivery due at {@code now}, served longest ago
     * first, {@code limit} at most.
     */
    public Uni<RowSet<Row>> due(SqlClient db, OffsetDateTime now, int limit) {
        return db.preparedQuery("SELECT s.id, s.callback_url FROM webhook_subscription s WHERE s.status = 'ACTIVE' "
                        + "AND (s.delivering_until IS NULL OR s.delivering_until < $1) AND EXISTS (SELECT 1 FROM webhook_delivery d "
                        + "WHERE d.subscription_id = s.id AND d.status = 'PENDING' AND d.next_attempt_at <= $1) "
                        + "ORDER BY s.last_served_at NULLS FIRST, s.id LIMIT $2")
                .execute(Tuple.of(now, limit));
    }

    /** The subscriptions have had their turn at {@code now}. */
    public Uni<RowSet<Row>> served(SqlClient db, UUID[] ids, OffsetDateTime now) {
        return db.preparedQuery("UPDATE webhook_subscription SET last_served_at = $2 WHERE id = ANY($1)")
                .execute(Tuple.of(ids, now));
    }

    /** Leases the active subscription to one sender until {@code until}, unless another holds it at {@code now}: one row if leased. */
    public Uni<RowSet<Row>> lease(SqlClient db, UUID id, OffsetDateTime until, OffsetDateTime now) {
        return db.preparedQuery("UPDATE webhook_subscription SET delivering_until = $2 WHERE id = $1 AND status = 'ACTIVE' "
                + "AND (delivering_until IS NULL OR delivering_until < $3)").execute(Tuple.of(id, until, now));
    }

    /** Ends the subscription's lease, served at {@code now}. */
    public Uni<RowSet<Row>> release(SqlClient db, UUID id, OffsetDateTime now) {
        return db.preparedQuery("UPDATE webhook_subscription SET delivering_until = NULL, last_served_at = $2 WHERE id = $1")
                .execute(Tuple.of(id, now));
    }

    static String[] array(Set<String> values) {
        String[] array = values.toArray(String[]::new);
        Arrays.sort(array);
        return array;
    }
}
