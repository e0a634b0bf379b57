package nl.permitholders.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.webhooks.WebhookAudience.EventFacts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes what the webhook consumer polls: each event once into {@code webhook_event} with whose it is, and a pending
 * delivery for every subscription that takes it, in one transaction per batch. Deliveries are queued in the order the
 * events were polled, which per subject (a municipality's events share a partition) is the order they were published.
 */
@ApplicationScoped
public class WebhookJournalStore {

    static final String UNIT_REGISTERED = WebhookAudience.HOUSING_STOCK + "unit-registered.v1";
    static final String UNIT_CORRECTED = WebhookAudience.HOUSING_STOCK + "unit-corrected.v1";
    static final String MUNICIPALITY_REGISTERED = WebhookAudience.QUOTA + "municipality-registered.v1";
    static final String MUNICIPALITIES_MERGED = WebhookAudience.QUOTA + "municipalities-merged.v1";
    static final String MUNICIPALITY_SPLIT = WebhookAudience.QUOTA + "municipality-split.v1";
    /** The day of an event, for the mergers and splits (R3): its time in the Netherlands. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final String INSERT_EVENT = "INSERT INTO webhook_event (id, type, source, subject, time, data, municipality_code, "
            + "province_code, corporation_id, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
            + "ON CONFLICT (id) DO NOTHING RETURNING seq";
    static final String INSERT_DELIVERIES = "INSERT INTO webhook_delivery (subscription_id, event_seq, event_id, event_type, subject, "
            + "status, next_attempt_at, created_at) SELECT s, $2, $3, $4, $5, 'PENDING', $6, $6 FROM unnest($1::uuid[]) AS s "
            + "ON CONFLICT (subscription_id, event_seq) WHERE status = 'PENDING' DO NOTHING";

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    Clock clock;

    @ConfigProperty(name = "webhooks.replay-window")
    Duration replayWindow;

    /**
     * Records the events (already recorded ones change nothing) and queues their deliveries, to the subscriptions that
     * take each on its day with the mergers and splits known by then (a merger in the batch counts for the events after it).
     */
    public Uni<Void> record(List<IncomingEvent> events) {
        return pool.withTransaction(db -> subscriptions.all(db).flatMap(subscribed -> subscriptions.succession(db).flatMap(known -> {
            AtomicReference<Succession> succession = new AtomicReference<>(known);
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (IncomingEvent event : events) {
                chain = chain.flatMap(ignored -> record(db, event, subscribed, succession));
            }
            return chain;
        })));
    }

    private Uni<Void> record(SqlConnection db, IncomingEvent event, List<Subscription> subscribed, AtomicReference<Succession> succession) {
        JsonNode data = readData(event);
        if (data == null) {
            return Uni.createFrom().voidItem(); // no JSON object: nothing a receiver could read (the projection dead-letters it)
        }
        return facts(db, event, data).flatMap(facts -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            LocalDate day = (event.time() != null ? event.time().toInstant() : now.toInstant()).atZone(NETHERLANDS).toLocalDate();
            UUID[] takers = subscribed.stream().filter(s -> s.takes(facts, succession.get(), day)).map(Subscription::id).toArray(UUID[]::new);
            if (takers.length == 0 && event.time() != null && event.time().isBefore(now.minus(replayWindow))) {
                // Older than any replay reaches and nobody's to deliver (the topics' history, read once at first start)
                return remember(db, event, data, succession);
            }
            return db.preparedQuery(INSERT_EVENT).execute(Tuple.from(Arrays.asList(event.id(), event.type(),
                            (event.source()), (event.subject()), (event.time()), event.data(),
                            (facts.municipalityCode()), (facts.provinceCode()), (facts.corporationId()), now)))
                    .flatMap(inserted -> {
                        if (inserted.rowCount() == 0) {
                            return Uni.createFrom().voidItem(); // seen before: its deliveries were queued then
                        }
                        long seq = inserted.iterator().next().getLong("seq");
                        Uni<Void> remembered = remember(db, event, data, succession);
                        return takers.length == 0 ? remembered : remembered.flatMap(ignored -> db.preparedQuery(INSERT_DELIVERIES)
                                .execute(Tuple.from(Arrays.asList(takers, seq, event.id(), event.type(), (event.subject()), now)))
                                .replaceWithVoid());
                    });
        });
    }

    /** Whose the event is: from its data where it says, else from what earlier events said (a unit's corporation, a municipality's province). */
    private Uni<EventFacts> facts(SqlConnection db, IncomingEvent event, JsonNode data) {
        String municipality = text(data, "municipalityCode");
        String province = text(data, "provinceCode");
        String corporation = text(data, "corporationId");
        if (corporation == null) {
            corporation = text(data, "ownerId"); // a unit is its owner's, as housing-stock's reads hold it (Tenancy.reaches)
        }
        Uni<String> provinceOf = province != null || municipality == null ? Uni.createFrom().item(province)
                : db.preparedQuery("SELECT (SELECT province_code FROM webhook_municipality WHERE code = $1) AS province_code")
                .execute(Tuple.of(municipality)).map(rows -> rows.iterator().next().getString("province_code"));
        String unit = text(data, "unitId");
        String known = corporation;
        Uni<String> corporationOf = known != null || unit == null || !event.type().startsWith(WebhookAudience.HOUSING_STOCK)
                ? Uni.createFrom().item(known)
                : db.preparedQuery("SELECT corporation_id FROM webhook_unit_owner WHERE unit_id = $1").execute(Tuple.of(unit))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString("corporation_id") : null);
        return Uni.combine().all().unis(provinceOf, corporationOf).asTuple()
                .map(found -> new EventFacts(event.type(), municipality, found.getItem1(), found.getItem2()));
    }

    /** Keeps what later events will not say themselves: which corporation holds a unit, which province a municipality lies in. */
    private Uni<Void> remember(SqlConnection db, IncomingEvent event, JsonNode data, AtomicReference<Succession> succession) {
        String name = EventName.of(event.type());
        if (name.equals(EventName.of(MUNICIPALITIES_MERGED)) || name.equals(EventName.of(MUNICIPALITY_SPLIT))) {
            return rememberSuccession(db, name.equals(EventName.of(MUNICIPALITIES_MERGED)), data)
                    .flatMap(ignored -> subscriptions.succession(db)).invoke(succession::set).replaceWithVoid();
        }
        if ((name.equals(EventName.of(UNIT_REGISTERED)) || name.equals(EventName.of(UNIT_CORRECTED))) && text(data, "unitId") != null) {
            return text(data, "ownerId") != null
                    ? db.preparedQuery("INSERT INTO webhook_unit_owner (unit_id, corporation_id) VALUES ($1, $2) "
                    + "ON CONFLICT (unit_id) DO UPDATE SET corporation_id = EXCLUDED.corporation_id")
                    .execute(Tuple.of(text(data, "unitId"), text(data, "ownerId"))).replaceWithVoid()
                    : db.preparedQuery("DELETE FROM webhook_unit_owner WHERE unit_id = $1").execute(Tuple.of(text(data, "unitId"))).replaceWithVoid();
        }
        if (name.equals(EventName.of(MUNICIPALITY_REGISTERED)) && text(data, "municipalityCode") != null && text(data, "provinceCode") != null) {
            return db.preparedQuery("INSERT INTO webhook_municipality (code, province_code) VALUES ($1, $2) "
                            + "ON CONFLICT (code) DO UPDATE SET province_code = EXCLUDED.province_code")
                    .execute(Tuple.of(text(data, "municipalityCode"), text(data, "provinceCode"))).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** A merger: each merged municipality's successor is the continuing one; a split: the receivers, in its order. */
    private Uni<Void> rememberSuccession(SqlConnection db, boolean merger, JsonNode data) {
        String municipality = text(data, "municipalityCode");
        String effective = text(data, "effectiveDate");
        LocalDate date;
        try {
            date = effective == null ? null : LocalDate.parse(effective);
        } catch (java.time.format.DateTimeParseException e) {
            date = null;
        }
        if (municipality == null || date == null) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = new java.util.ArrayList<>();
        if (merger) {
            for (JsonNode merged : data.path("mergedMunicipalityCodes")) {
                if (merged.isTextual() && !merged.textValue().equals(municipality)) {
                    rows.add(Tuple.of(merged.textValue(), "MERGED", new String[] {municipality}, date));
                }
            }
        } else {
            List<String> receivers = new java.util.ArrayList<>();
            for (JsonNode receiver : data.path("receivers")) {
                String code = text(receiver, "municipalityCode");
                if (code != null) {
                    receivers.add(code);
                }
            }
            if (!receivers.isEmpty()) {
                rows.add(Tuple.of(municipality, "SPLIT", receivers.toArray(String[]::new), date));
            }
        }
        return rows.isEmpty() ? Uni.createFrom().voidItem()
                : db.preparedQuery("INSERT INTO webhook_succession (code, kind, successors, effective_date) VALUES ($1, $2, $3, $4) "
                        + "ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, successors = EXCLUDED.successors, "
                        + "effective_date = EXCLUDED.effective_date").executeBatch(rows).replaceWithVoid();
    }

    private JsonNode readData(IncomingEvent event) {
        if (event.data().indexOf('\u0000') >= 0) {
            return null; // PostgreSQL cannot store it
        }
        try {
            JsonNode data = json.readTree(event.data());
            return data != null && data.isObject() ? data : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** A type without its version suffix. */
    static final class EventName {
        private EventName() {
        }

        static String of(String type) {
            return type.replaceFirst("\\.v[0-9]+$", "");
        }
    }
}
