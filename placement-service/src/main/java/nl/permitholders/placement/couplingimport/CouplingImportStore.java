package nl.permitholders.placement.couplingimport;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.placement.coupling.CancellationReason;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingDetails;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.coupling.ReceptionRegion;
import nl.permitholders.placement.coupling.SpecialNeed;
import nl.permitholders.placement.couplingimport.CoaRecordRule.Known;
import nl.permitholders.placement.couplingimport.CoaRecordRule.KnownArrival;
import nl.permitholders.placement.couplingimport.CoaRecordRule.KnownPlacement;
import nl.permitholders.placement.placement.Placement;
import nl.permitholders.placement.reunification.Reunification;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.audit.WriteLogStore;
import nl.permitholders.platform.persistence.ValuesRows;

/**
 * The SQL of coupling imports. What the request and the progress write goes through the pool and is committed at once
 * (the import, its lines as read, how far it is), so that a caller polling the import sees it; what an import changes
 * goes through the Hibernate session of its one transaction, many rows per statement (a province's history is tens of
 * thousands of couplings), beside the outbox's rows.
 */
@ApplicationScoped
public class CouplingImportStore {

    /** An import being received, with who sent it. */
    record Opened(UUID id, String fileName, String format, boolean answeredInRequest, WriteLogStore.Actor sender, String senderRole,
                  OffsetDateTime receivedAt) {
    }

    /** A line of the file as read: its record, or none when a field of it could not be read. */
    record Staged(int line, CoaRecord record) {
    }

    /** A refusal of a line and column, in the order found. */
    record Refusal(int line, String name, String reason) {
    }

    /** An import as the processing needs it. */
    record Pending(UUID id, String fileName, String state, boolean answeredInRequest, WriteLogStore.Actor sender, String senderRole,
                   int lines, int linesRefused) {
    }

    /** What an accepted import did. */
    record Counts(int checked, int stored, int unchanged, int couplingsRegistered, int placementsRecorded,
                  int reunificationsRecorded, int couplingsCancelled, int events) {
    }

    private static final String STAGED_COLUMNS = "line, unreadable, coa_reference, municipality_code, adults, minors, "
            + "household_type, permit_date, coupling_date, expected_reunification_persons, reception_region, own_region, "
            + "needs_wheelchair_access, housed_on, persons_housed, unit_type, arrived_on, persons_arrived, cancelled_on, "
            + "cancellation_reason";
    private static final String STAGE = "INSERT INTO coupling_import_line (import_id, " + STAGED_COLUMNS + ") SELECT $1, * FROM "
            + "unnest($2::int[], $3::boolean[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::date[], $10::date[], "
            + "$11::int[], $12::text[], $13::boolean[], $14::boolean[], $15::date[], $16::int[], $17::text[], $18::date[], "
            + "$19::int[], $20::date[], $21::text[])";
    private static final String REFUSE = "INSERT INTO coupling_import_refusal (import_id, position, line, name, reason) "
            + "SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[])";
    private static final String COUPLING_COLUMNS = "id, coa_reference, municipality_code, adults, minors, household_type, "
            + "permit_date, coupling_date, status, registered_at, expected_reunification_persons, reception_region, own_region, "
            + "needs_wheelchair_access, cancelled_on, cancellation_reason";
    private static final int COUPLING_COLUMN_COUNT = 16;
    private static final String PLACEMENT_COLUMNS = "id, coupling_id, municipality_code, persons, housed_on, recorded_at, "
            + "unit_id, unit_type, temporary_housing";
    private static final int PLACEMENT_COLUMN_COUNT = 9;
    private static final String REUNIFICATION_COLUMNS = "id, coupling_id, municipality_code, persons, arrived_on, recorded_at, "
            + "temporary_housing, joined_placement_id";
    private static final int REUNIFICATION_COLUMN_COUNT = 8;

    @Inject
    Pool pool;

    // ---- the request and the progress: committed at once, through the pool ----

    Uni<Void> open(Opened o) {
        return pool.preparedQuery("INSERT INTO coupling_import (id, file_name, format, state, answered_in_request, sender, "
                        + "sender_role, sender_roles, sender_tenant, sender_operation, received_at) "
                        + "VALUES ($1, $2, $3, 'RECEIVING', $4, $5, $6, $7, $8, $9, $10)")
                .execute(Tuple.from(Arrays.asList(o.id(), o.fileName(), o.format(), o.answeredInRequest(), o.sender().name(),
                        o.senderRole(), o.sender().roles(), o.sender().tenant(), o.sender().operation(), o.receivedAt())))
                .replaceWithVoid();
    }

    Uni<Void> stage(UUID importId, List<Staged> lines) {
        if (lines.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = lines.size();
        Integer[] line = new Integer[n];
        Boolean[] unreadable = new Boolean[n];
        String[] reference = new String[n];
        String[] municipality = new String[n];
        Integer[] adults = new Integer[n];
        Integer[] minors = new Integer[n];
        String[] type = new String[n];
        LocalDate[] permit = new LocalDate[n];
        LocalDate[] coupled = new LocalDate[n];
        Integer[] expected = new Integer[n];
        String[] region = new String[n];
        Boolean[] ownRegion = new Boolean[n];
        Boolean[] wheelchair = new Boolean[n];
        LocalDate[] housedOn = new LocalDate[n];
        Integer[] housed = new Integer[n];
        String[] unitType = new String[n];
        LocalDate[] arrivedOn = new LocalDate[n];
        Integer[] arrived = new Integer[n];
        LocalDate[] cancelledOn = new LocalDate[n];
        String[] reason = new String[n];
        for (int i = 0; i < n; i++) {
            Staged staged = lines.get(i);
            line[i] = staged.line();
            CoaRecord r = staged.record();
            unreadable[i] = r == null;
            if (r == null) {
                continue;
            }
            CouplingDetails d = r.details();
            reference[i] = r.coaReference();
            municipality[i] = r.municipalityCode();
            adults[i] = d.adults();
            minors[i] = d.minors();
            type[i] = d.householdType().name();
            permit[i] = d.permitDate();
            coupled[i] = d.couplingDate();
            expected[i] = d.expectedReunificationPersons();
            region[i] = name(d.receptionRegion());
            ownRegion[i] = d.ownRegion();
            wheelchair[i] = d.needsWheelchairAccess();
            if (r.housing() != null) {
                housedOn[i] = r.housing().housedOn();
                housed[i] = r.housing().persons();
                unitType[i] = name(r.housing().unitType());
            }
            if (r.arrival() != null) {
                arrivedOn[i] = r.arrival().arrivedOn();
                arrived[i] = r.arrival().persons();
            }
            if (r.cancellation() != null) {
                cancelledOn[i] = r.cancellation().cancelledOn();
                reason[i] = r.cancellation().reason().name();
            }
        }
        return pool.preparedQuery(STAGE).execute(Tuple.from(Arrays.asList(importId, line, unreadable, reference, municipality,
                adults, minors, type, permit, coupled, expected, region, ownRegion, wheelchair, housedOn, housed, unitType,
                arrivedOn, arrived, cancelledOn, reason))).replaceWithVoid();
    }

    /** Refusals of reading, numbered from {@code firstPosition}. */
    Uni<Void> refuse(UUID importId, int firstPosition, List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(REFUSE).execute(refusalTuple(importId, firstPosition, refusals)).replaceWithVoid();
    }

    /**
     * The file has been read: {@code lines} lines, {@code refused} of them with a field that could not be read; the
     * request processes it itself, or it waits for the scheduler.
     */
    Uni<Void> received(UUID importId, int lines, int refused, boolean answeredInRequest) {
        return pool.preparedQuery("UPDATE coupling_import SET lines = $2, lines_refused = $3, answered_in_request = $4, "
                        + "state = $5 WHERE id = $1")
                .execute(Tuple.of(importId, lines, refused, answeredInRequest, answeredInRequest ? "RECEIVING" : "WAITING"))
                .replaceWithVoid();
    }

    /** How far the import is, told at once to whoever polls it (the import's own transaction commits only at its end). */
    Uni<Void> progress(UUID importId, String state, int checked, int stored) {
        return pool.preparedQuery("UPDATE coupling_import SET state = $2, lines_checked = $3, lines_stored = $4 WHERE id = $1 "
                        + "AND state NOT IN ('ACCEPTED', 'REFUSED', 'FAILED')")
                .execute(Tuple.of(importId, state, checked, stored)).replaceWithVoid();
    }

    /** An import that could not be processed, with the reason (no personal data: the failure's kind). */
    Uni<Void> failed(UUID importId) {
        return pool.preparedQuery("UPDATE coupling_import SET state = 'FAILED', finished_at = now() WHERE id = $1 "
                + "AND state NOT IN ('ACCEPTED', 'REFUSED')").execute(Tuple.of(importId)).replaceWithVoid();
    }

    /** The import and all it holds: nothing of a refused import answered in its request is kept. */
    Uni<Void> delete(UUID importId) {
        return pool.preparedQuery("DELETE FROM coupling_import WHERE id = $1").execute(Tuple.of(importId)).replaceWithVoid();
    }

    /** Imports the scheduler is to process, first received first. */
    Uni<List<UUID>> waiting() {
        return pool.query("SELECT id FROM coupling_import WHERE NOT answered_in_request AND state IN ('WAITING', 'CHECKING', "
                + "'STORING') ORDER BY received_at").execute().map(rows -> {
            List<UUID> ids = new ArrayList<>();
            rows.forEach(row -> ids.add(row.getUUID(0)));
            return ids;
        });
    }

    /**
     * Imports whose request ended without an answer an hour ago or more (its process died while reading the file, or
     * while processing an import it answers itself): nothing of them was stored but the import, which goes.
     */
    Uni<Void> forgetAbandoned() {
        return pool.query("DELETE FROM coupling_import WHERE received_at < now() - interval '1 hour' AND (state = 'RECEIVING' "
                + "OR (answered_in_request AND state NOT IN ('ACCEPTED', 'FAILED')))").execute().replaceWithVoid();
    }

    Uni<Pending> pending(UUID importId) {
        return pool.preparedQuery("SELECT id, file_name, state, answered_in_request, sender, sender_roles, sender_tenant, "
                        + "sender_operation, sender_role, lines, lines_refused FROM coupling_import WHERE id = $1")
                .execute(Tuple.of(importId)).map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Pending(row.getUUID("id"), row.getString("file_name"), row.getString("state"),
                            row.getBoolean("answered_in_request"), new WriteLogStore.Actor(row.getString("sender"),
                            row.getString("sender_roles"), row.getString("sender_tenant"), row.getString("sender_operation")),
                            row.getString("sender_role"), row.getInteger("lines"), row.getInteger("lines_refused"));
                });
    }

    /** The lines after {@code afterLine}, at most {@code limit}, in the file's order. */
    Uni<List<Staged>> lines(UUID importId, int afterLine, int limit) {
        return pool.preparedQuery("SELECT " + STAGED_COLUMNS + " FROM coupling_import_line WHERE import_id = $1 AND line > $2 "
                        + "ORDER BY line LIMIT $3")
                .execute(Tuple.of(importId, afterLine, limit)).map(rows -> {
                    List<Staged> lines = new ArrayList<>(rows.size());
                    rows.forEach(row -> lines.add(new Staged(row.getInteger("line"), row.getBoolean("unreadable") ? null : record(row))));
                    return lines;
                });
    }

    /** The lines whose COA reference an earlier line of the file has, each with that first line. */
    Uni<Map<Integer, Integer>> repeatedReferences(UUID importId) {
        return pool.preparedQuery("SELECT line, first FROM (SELECT line, min(line) OVER (PARTITION BY coa_reference) AS first "
                        + "FROM coupling_import_line WHERE import_id = $1 AND NOT unreadable) lines WHERE line <> first")
                .execute(Tuple.of(importId)).map(rows -> {
                    Map<Integer, Integer> repeated = new HashMap<>();
                    rows.forEach(row -> repeated.put(row.getInteger("line"), row.getInteger("first")));
                    return repeated;
                });
    }

    /** How many refusals the import holds so far. */
    Uni<Integer> refusalCount(UUID importId) {
        return pool.preparedQuery("SELECT count(*) FROM coupling_import_refusal WHERE import_id = $1").execute(Tuple.of(importId))
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    private static CoaRecord record(Row row) {
        CouplingDetails details = CouplingDetails.of(row.getInteger("adults"), row.getInteger("minors"),
                HouseholdType.valueOf(row.getString("household_type")), row.getLocalDate("permit_date"),
                row.getLocalDate("coupling_date"), row.getInteger("expected_reunification_persons"),
                enumOf(ReceptionRegion.class, row.getString("reception_region")), row.getBoolean("own_region"),
                Boolean.TRUE.equals(row.getBoolean("needs_wheelchair_access")) ? java.util.EnumSet.of(SpecialNeed.WHEELCHAIR_ACCESSIBLE)
                        : java.util.Set.of());
        LocalDate housedOn = row.getLocalDate("housed_on");
        LocalDate arrivedOn = row.getLocalDate("arrived_on");
        LocalDate cancelledOn = row.getLocalDate("cancelled_on");
        return new CoaRecord(row.getInteger("line"), row.getString("coa_reference"), row.getString("municipality_code"), details,
                housedOn == null ? null : new CoaRecord.Housing(housedOn, row.getInteger("persons_housed"),
                        enumOf(UnitType.class, row.getString("unit_type"))),
                arrivedOn == null ? null : new CoaRecord.Arrival(arrivedOn, row.getInteger("persons_arrived")),
                cancelledOn == null ? null : new CoaRecord.Cancellation(cancelledOn,
                        CancellationReason.valueOf(row.getString("cancellation_reason"))));
    }

    // ---- the import's own transaction: through the Hibernate session ----

    /**
     * Takes the import for this transaction, or answers false when another is processing it: an advisory lock, not the
     * row's, so that its progress can still be written beside the transaction.
     */
    Uni<Boolean> lock(UUID importId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('coupling_import'), hashtext(?1))", Boolean.class)
                .setParameter(1, importId.toString()).getSingleResult());
    }

    /**
     * A coupling registered under a line's reference, as stored: the entity, which the import's steps change and publish
     * (not managed: the import's writes are statements of their own), and what the rule knows of it.
     */
    record Stored(Coupling coupling, Known known) {
    }

    /** The couplings registered under these references, locked for the transaction, with their placements and arrivals. */
    Uni<Map<String, Stored>> stored(Collection<String> references) {
        if (references.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from Coupling c where c.coaReference in (:references) order by c.id", Coupling.class)
                .setParameter("references", references).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .flatMap(couplings -> {
                    if (couplings.isEmpty()) {
                        return Uni.createFrom().item(Map.<String, Stored>of());
                    }
                    // Read, not changed through the session: the import's writes are statements of their own.
                    couplings.forEach(session::detach);
                    List<UUID> ids = couplings.stream().map(c -> c.id).toList();
                    return session.createSelectionQuery("select p.couplingId, p.id, p.housedOn, p.persons, p.unitType, "
                                    + "p.temporary, p.movedOn, p.revokedOn, p.recordedAt from Placement p "
                                    + "where p.couplingId in (:ids)", Object[].class)
                            .setParameter("ids", ids).getResultList()
                            .flatMap(placements -> session.createSelectionQuery("select r.couplingId, r.arrivedOn, r.persons "
                                            + "from Reunification r where r.couplingId in (:ids)", Object[].class)
                                    .setParameter("ids", ids).getResultList()
                                    .map(arrivals -> stored(couplings, placements, arrivals)));
                }));
    }

    private static Map<String, Stored> stored(List<Coupling> couplings, List<Object[]> placements, List<Object[]> arrivals) {
        Map<UUID, List<KnownPlacement>> placed = new HashMap<>();
        placements.forEach(p -> placed.computeIfAbsent((UUID) p[0], id -> new ArrayList<>()).add(new KnownPlacement((UUID) p[1],
                (LocalDate) p[2], (Integer) p[3], (UnitType) p[4], (Boolean) p[5], (LocalDate) p[6], p[7] != null, (Instant) p[8])));
        Map<UUID, List<KnownArrival>> arrived = new HashMap<>();
        arrivals.forEach(a -> arrived.computeIfAbsent((UUID) a[0], id -> new ArrayList<>())
                .add(new KnownArrival((LocalDate) a[1], (Integer) a[2])));
        Map<String, Stored> stored = new HashMap<>();
        for (Coupling c : couplings) {
            stored.put(c.coaReference, new Stored(c, new Known(c.id, c.municipalityCode, c.answering(), c.details(), c.status,
                    c.cancelledOn, c.cancellationReason, placed.getOrDefault(c.id, List.of()), arrived.getOrDefault(c.id, List.of()))));
        }
        return stored;
    }

    Uni<Void> insertCouplings(List<Coupling> couplings) {
        return insert("coupling", COUPLING_COLUMNS, COUPLING_COLUMN_COUNT, couplings, c -> Arrays.asList(c.id, c.coaReference,
                c.municipalityCode, c.adults, c.minors, c.householdType.name(), c.permitDate, c.couplingDate, c.status.name(),
                c.registeredAt.atOffset(ZoneOffset.UTC), c.expectedReunificationPersons, name(c.receptionRegion), c.ownRegion,
                c.needsWheelchairAccess, c.cancelledOn, name(c.cancellationReason)));
    }

    /** The status and cancellation of couplings registered before that a line changed. */
    Uni<Void> updateCouplings(List<Coupling> couplings) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (List<Coupling> chunk : ValuesRows.chunks(couplings)) {
            all = all.call(() -> updateChunk(chunk));
        }
        return all;
    }

    private static Uni<Void> updateChunk(List<Coupling> couplings) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < couplings.size(); i++) {
            int p = i * 4;
            values.append(i == 0 ? "" : ", ").append("(CAST(?").append(p + 1).append(" AS UUID), CAST(?").append(p + 2)
                    .append(" AS TEXT), CAST(?").append(p + 3).append(" AS DATE), CAST(?").append(p + 4).append(" AS TEXT))");
        }
        String sql = "UPDATE coupling c SET status = v.status, cancelled_on = v.cancelled_on, cancellation_reason = v.reason "
                + "FROM (VALUES " + values + ") AS v(id, status, cancelled_on, reason) WHERE c.id = v.id";
        return Panache.getSession().flatMap(session -> {
            var update = session.createNativeQuery(sql);
            for (int i = 0; i < couplings.size(); i++) {
                Coupling c = couplings.get(i);
                update.setParameter(i * 4 + 1, c.id).setParameter(i * 4 + 2, c.status.name())
                        .setParameter(i * 4 + 3, c.cancelledOn).setParameter(i * 4 + 4, name(c.cancellationReason));
            }
            return update.executeUpdate();
        }).replaceWithVoid();
    }

    Uni<Void> insertPlacements(List<Placement> placements) {
        return insert("placement", PLACEMENT_COLUMNS, PLACEMENT_COLUMN_COUNT, placements, p -> Arrays.asList(p.id, p.couplingId,
                p.municipalityCode, p.persons, p.housedOn, p.recordedAt.atOffset(ZoneOffset.UTC), p.unitId, name(p.unitType),
                p.temporary));
    }

    Uni<Void> insertReunifications(List<Reunification> reunifications) {
        return insert("reunification", REUNIFICATION_COLUMNS, REUNIFICATION_COLUMN_COUNT, reunifications, r -> Arrays.asList(r.id,
                r.couplingId, r.municipalityCode, r.persons, r.arrivedOn, r.recordedAt.atOffset(ZoneOffset.UTC), r.temporary,
                r.joinedPlacementId));
    }

    /** Refusals found while checking, numbered from {@code firstPosition}, in the import's transaction. */
    Uni<Void> refuseInTransaction(UUID importId, int firstPosition, List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return insert("coupling_import_refusal", "import_id, position, line, name, reason", 5, numbered(refusals, firstPosition),
                r -> Arrays.asList(importId, r.position(), r.refusal().line(), r.refusal().name(), r.refusal().reason()));
    }

    /** Every refusal of the import, in the order found, as the transaction sees them. */
    Uni<List<Refusal>> refusalsInTransaction(UUID importId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT line, name, reason FROM coupling_import_refusal WHERE import_id = ?1 ORDER BY line, position", Object[].class)
                .setParameter(1, importId).getResultList()
                .map(rows -> rows.stream().map(r -> new Refusal(((Number) r[0]).intValue(), (String) r[1], (String) r[2])).toList()));
    }

    /** The outbox ids of the first and the last event the import appended. */
    Uni<long[]> outboxIds(UUID firstEvent, UUID lastEvent) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT min(id), max(id) FROM outbox_event WHERE event_id IN (?1, ?2)", Object[].class)
                .setParameter(1, firstEvent).setParameter(2, lastEvent).getSingleResult()
                .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()}));
    }

    /** The import accepted with what it did; its lines are no longer needed. */
    Uni<Void> accepted(UUID importId, Counts counts, long[] outboxIds) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("UPDATE coupling_import SET state = 'ACCEPTED', "
                                + "finished_at = now(), lines_checked = ?2, lines_stored = ?3, lines_unchanged = ?4, couplings_registered = ?5, "
                                + "placements_recorded = ?6, reunifications_recorded = ?7, couplings_cancelled = ?8, events = ?9, "
                                + "first_outbox_id = ?10, last_outbox_id = ?11 WHERE id = ?1")
                        .setParameter(1, importId).setParameter(2, counts.checked()).setParameter(3, counts.stored())
                        .setParameter(4, counts.unchanged()).setParameter(5, counts.couplingsRegistered())
                        .setParameter(6, counts.placementsRecorded()).setParameter(7, counts.reunificationsRecorded())
                        .setParameter(8, counts.couplingsCancelled()).setParameter(9, counts.events())
                        .setParameter(10, outboxIds == null ? null : outboxIds[0]).setParameter(11, outboxIds == null ? null : outboxIds[1])
                        .executeUpdate())
                .call(() -> deleteLines(importId)).replaceWithVoid();
    }

    /** The import refused: {@code refused} of its lines, whose refusals it keeps; its lines are no longer needed. */
    Uni<Void> refused(UUID importId, int checked, int refused) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("UPDATE coupling_import SET state = 'REFUSED', "
                                + "finished_at = now(), lines_checked = ?2, lines_refused = ?3 WHERE id = ?1")
                        .setParameter(1, importId).setParameter(2, checked).setParameter(3, refused).executeUpdate())
                .call(() -> deleteLines(importId)).replaceWithVoid();
    }

    private Uni<Void> deleteLines(UUID importId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("DELETE FROM coupling_import_line WHERE import_id = ?1")
                .setParameter(1, importId).executeUpdate()).replaceWithVoid();
    }

    private record Numbered(int position, Refusal refusal) {
    }

    private static List<Numbered> numbered(List<Refusal> refusals, int firstPosition) {
        List<Numbered> numbered = new ArrayList<>(refusals.size());
        for (int i = 0; i < refusals.size(); i++) {
            numbered.add(new Numbered(firstPosition + i, refusals.get(i)));
        }
        return numbered;
    }

    private static Tuple refusalTuple(UUID importId, int firstPosition, List<Refusal> refusals) {
        Integer[] position = new Integer[refusals.size()];
        Integer[] line = new Integer[refusals.size()];
        String[] name = new String[refusals.size()];
        String[] reason = new String[refusals.size()];
        for (int i = 0; i < refusals.size(); i++) {
            position[i] = firstPosition + i;
            line[i] = refusals.get(i).line();
            name[i] = refusals.get(i).name();
            reason[i] = refusals.get(i).reason();
        }
        return Tuple.from(Arrays.asList(importId, position, line, name, reason));
    }

    private static <T> Uni<Void> insert(String table, String columns, int columnCount, List<T> rows, Function<T, List<Object>> values) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (List<T> chunk : ValuesRows.chunks(rows)) {
            String sql = "INSERT INTO " + table + " (" + columns + ") VALUES " + ValuesRows.of(chunk.size(), columnCount);
            all = all.call(() -> Panache.getSession().flatMap(session -> {
                var insert = session.createNativeQuery(sql);
                for (int row = 0; row < chunk.size(); row++) {
                    List<Object> value = values.apply(chunk.get(row));
                    for (int column = 0; column < columnCount; column++) {
                        insert.setParameter(row * columnCount + column + 1, value.get(column));
                    }
                }
                return insert.executeUpdate();
            }));
        }
        return all;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
