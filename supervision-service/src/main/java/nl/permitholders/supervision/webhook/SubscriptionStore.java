package nl.permitholders.supervision.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.supervision.webhook.Subscription.Status;
import nl.permitholders.supervision.webhook.WebhookAudience.Owner;
import nl.permitholders.supervision.webhook.WebhookAudience.OwnerRole;

/** The stored subscriptions, read in the connection or transaction given. */
@ApplicationScoped
public class SubscriptionStore {

    private static final String COLUMNS = "id, owner_role, owner_tenant, callback_url, event_types, municipality_codes, secret, "
            + "status, status_reason, status_since, created_at, callback_allowed_at";

    /** Every subscription, whatever its status: deliveries are queued for paused and suspended ones too. */
    public Uni<List<Subscription>> all(SqlClient db) {
        return db.query("SELECT " + COLUMNS + " FROM webhook_subscription").execute().map(SubscriptionStore::list);
    }

    /** The owner's subscriptions, oldest first. */
    public Uni<List<Subscription>> of(SqlClient db, Owner owner) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE owner_role = $1 "
                        + "AND owner_tenant IS NOT DISTINCT FROM $2 ORDER BY created_at, id")
                .execute(Tuple.of(owner.role().name(), owner.tenant())).map(SubscriptionStore::list);
    }

    /** The owner's subscription {@code id}; empty when there is none or it is another's (never told apart). */
    public Uni<Optional<Subscription>> find(SqlClient db, Owner owner, UUID id, boolean lock) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = $1 AND owner_role = $2 "
                        + "AND owner_tenant IS NOT DISTINCT FROM $3" + (lock ? " FOR UPDATE" : ""))
                .execute(Tuple.of(id, owner.role().name(), owner.tenant())).map(rows -> list(rows).stream().findFirst());
    }

    /** Subscription {@code id} of whichever owner, for its deliveries. */
    public Uni<Optional<Subscription>> byId(SqlClient db, UUID id) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = $1")
                .execute(Tuple.of(id)).map(rows -> list(rows).stream().findFirst());
    }

    private static List<Subscription> list(Iterable<Row> rows) {
        List<Subscription> subscriptions = new ArrayList<>();
        for (Row row : rows) {
            subscriptions.add(new Subscription(row.getUUID("id"),
                    new Owner(OwnerRole.valueOf(row.getString("owner_role")), row.getString("owner_tenant")),
                    row.getString("callback_url"), Set.of(row.getArrayOfStrings("event_types")),
                    Set.of(row.getArrayOfStrings("municipality_codes")), row.getString("secret"),
                    Status.valueOf(row.getString("status")), row.getString("status_reason"),
                    row.getOffsetDateTime("status_since").toInstant(), row.getOffsetDateTime("created_at").toInstant(),
                    row.getOffsetDateTime("callback_allowed_at") == null ? null : row.getOffsetDateTime("callback_allowed_at").toInstant()));
        }
        return subscriptions;
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

    static String[] array(Set<String> values) {
        String[] array = values.toArray(String[]::new);
        Arrays.sort(array);
        return array;
    }
}
