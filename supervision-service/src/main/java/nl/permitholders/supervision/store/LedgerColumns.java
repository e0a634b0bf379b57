package nl.permitholders.supervision.store;

import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.Details;
import nl.permitholders.supervision.ledger.Details.Cancellation;
import nl.permitholders.supervision.ledger.Details.CapacityPlan;
import nl.permitholders.supervision.ledger.Details.Coupling;
import nl.permitholders.supervision.ledger.Details.Division;
import nl.permitholders.supervision.ledger.Details.Placement;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import nl.permitholders.supervision.ledger.Details.Quota;
import nl.permitholders.supervision.ledger.Details.Reunification;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.QuotaStatus;

/**
 * The columns of {@code ledger_entry}, declared once: each says how an entry writes it and how a row reads it back.
 * {@code ProjectionStore} inserts ledger rows in this order (the live consumer, and a rebuild into its shadow tables);
 * {@code MunicipalityLedgerStore} selects {@link #NAMES} and reads each row by position ({@link #entry}), which follows from
 * the order declared here: a ledger has thousands of rows, and finding a column by name hashes the name every time.
 * A new fact is a column here (and in a migration) and, if it belongs to a kind's {@link Details}, read into them in
 * {@link #details}.
 */
public final class LedgerColumns {

    /** How a row reads a value at a position; {@code repeated} keeps the strings that repeat on every row once. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(Row row, int position, Map<String, String> repeated);
    }

    /**
     * The SQL type of a column and how values of Java type {@code T} travel: stored as {@code stored} gives them, sent in
     * an insert as a typed array, read back by position.
     */
    private record Type<T>(String sql, Function<T, Object> stored, IntFunction<Object[]> array, Reader<T> reader) {

        static <T> Type<T> of(String sql, IntFunction<Object[]> array, Reader<T> reader) {
            return new Type<>(sql, value -> value, array, reader);
        }

        /** Values of an enum, stored as their names in a text column. */
        static <E extends Enum<E>> Type<E> named(Class<E> type) {
            return new Type<>("text", Enum::name, String[]::new, (row, i, repeated) -> {
                String name = row.getString(i);
                return name == null ? null : Enum.valueOf(type, name);
            });
        }
    }

    private static final Type<UUID> UUID_TYPE = Type.of("uuid", UUID[]::new, (row, i, repeated) -> row.getUUID(i));
    private static final Type<String> TEXT = Type.of("text", String[]::new, (row, i, repeated) -> row.getString(i));
    /** Text that takes few values (event types, codes, unit and household types): each kept once however many rows hold it. */
    private static final Type<String> REPEATING_TEXT = Type.of("text", String[]::new, (row, i, repeated) -> once(repeated, row.getString(i)));
    private static final Type<LocalDate> DATE = Type.of("date", LocalDate[]::new, (row, i, repeated) -> row.getLocalDate(i));
    private static final Type<Integer> INT = Type.of("int", Integer[]::new, (row, i, repeated) -> row.getInteger(i));
    private static final Type<Boolean> BOOLEAN = Type.of("boolean", Boolean[]::new, (row, i, repeated) -> row.getBoolean(i));
    private static final Type<OffsetDateTime> TIMESTAMP = Type.of("timestamptz", OffsetDateTime[]::new,
            (row, i, repeated) -> row.getOffsetDateTime(i));
    private static final Type<Period> HALF_YEAR = new Type<>("text", Period::toString, String[]::new, (row, i, repeated) -> {
        String period = row.getString(i);
        return period == null ? null : Period.parse(period);
    });

    /** A column of the ledger: its name, its type, its place in {@link #NAMES}, and its value in an entry. */
    public static final class Column<T> {

        private final String name;
        private final Type<T> type;
        private final int position;
        private final Function<LedgerEntry, T> value;

        private Column(String name, Type<T> type, int position, Function<LedgerEntry, T> value) {
            this.name = name;
            this.type = type;
            this.position = position;
            this.value = value;
        }

        /** The column's values in {@code entries}, as the typed array an insert sends. */
        public Object[] values(List<LedgerEntry> entries) {
            Object[] values = type.array().apply(entries.size());
            for (int i = 0; i < values.length; i++) {
                T v = value.apply(entries.get(i));
                values[i] = v == null ? null : type.stored().apply(v);
            }
            return values;
        }

        /** The column's value in a row selected as {@link #NAMES}. */
        T read(Row row, Map<String, String> repeated) {
            return type.reader().read(row, position, repeated);
        }

        /** Parameter {@code $n} of an unnest, as an array of the column's SQL type. */
        String parameter(int n) {
            return "$" + n + "::" + type.sql() + "[]";
        }
    }

    /** Every column, in the order declared below. */
    private static final List<Column<?>> DECLARED = new ArrayList<>();

    private static <T> Column<T> column(String name, Type<T> type, Function<LedgerEntry, T> value) {
        Column<T> column = new Column<>(name, type, DECLARED.size(), value);
        DECLARED.add(column);
        return column;
    }

    /** The value of a kind's details, null in entries of other kinds. */
    private static <D extends Details, T> Function<LedgerEntry, T> detail(Class<D> kind, Function<D, T> value) {
        return entry -> kind.isInstance(entry.details()) ? value.apply(kind.cast(entry.details())) : null;
    }

    // The header every entry has.
    static final Column<UUID> EVENT_ID = column("event_id", UUID_TYPE, LedgerEntry::eventId);
    static final Column<String> EVENT_TYPE = column("event_type", REPEATING_TEXT, LedgerEntry::eventType);
    static final Column<String> MUNICIPALITY_CODE = column("municipality_code", REPEATING_TEXT, LedgerEntry::municipalityCode);
    static final Column<EntryKind> KIND = column("kind", Type.named(EntryKind.class), LedgerEntry::kind);
    static final Column<Period> PERIOD = column("period", HALF_YEAR, LedgerEntry::period);
    static final Column<LocalDate> EFFECTIVE_DATE = column("effective_date", DATE, LedgerEntry::effectiveDate);
    static final Column<Integer> PERSONS = column("persons", INT, LedgerEntry::persons);
    static final Column<Integer> VERSION = column("version", INT, LedgerEntry::version);
    static final Column<String> REFERENCE = column("reference", TEXT, LedgerEntry::reference);
    static final Column<OffsetDateTime> OCCURRED_AT = column("occurred_at", TIMESTAMP, LedgerEntry::occurredAt);
    // The kinds' details; a capacity plan's places per half-year have a table of their own (capacity_plan_period).
    static final Column<String> COUPLING_ID = column("coupling_id", TEXT, entry -> entry.details() instanceof Placement p ? p.couplingId()
            : entry.details() instanceof Reunification r ? r.couplingId() : null);
    static final Column<String> UNIT_TYPE = column("unit_type", REPEATING_TEXT, detail(Placement.class, Placement::unitType));
    static final Column<Boolean> TEMPORARY_HOUSING = column("temporary_housing", BOOLEAN, entry -> entry.details() instanceof Placement p
            ? p.temporary() : entry.details() instanceof Reunification r ? r.temporary() : null);
    static final Column<String> HOUSEHOLD_TYPE = column("household_type", REPEATING_TEXT, detail(Coupling.class, Coupling::householdType));
    static final Column<CancellationReason> CANCELLATION_REASON = column("cancellation_reason", Type.named(CancellationReason.class),
            detail(Cancellation.class, Cancellation::reason));
    static final Column<QuotaStatus> QUOTA_STATUS = column("quota_status", Type.named(QuotaStatus.class), detail(Quota.class, Quota::status));
    static final Column<LocalDate> PUBLISHED_ON = column("published_on", DATE, detail(Quota.class, Quota::publishedOn));
    static final Column<String> JOINED_PLACEMENT = column("joined_placement", TEXT,
            detail(Reunification.class, Reunification::joinedPlacement));
    static final Column<String> DIVIDED_TO = column("divided_to", REPEATING_TEXT, detail(Division.class, Division::receiver));
    static final Column<String> UNIT_ID = column("unit_id", TEXT, detail(Placement.class, Placement::unitId));

    /** The columns, in the order of {@link #NAMES}. */
    public static final List<Column<?>> ALL = Collections.unmodifiableList(DECLARED);

    /** The ledger's column names, in the order rows are inserted and read by position. */
    public static final String NAMES = String.join(", ", ALL.stream().map(c -> c.name).toList());

    private LedgerColumns() {
    }

    /** unnest of the columns' arrays, as parameters {@code $first} on. */
    public static String unnest(int first) {
        return "unnest(" + String.join(", ", IntStream.range(0, ALL.size()).mapToObj(i -> ALL.get(i).parameter(first + i)).toList()) + ")";
    }

    /**
     * A row selected as {@link #NAMES}, read by position; a capacity plan's places from {@code planned}, by event id. The
     * few values that repeat on every row are kept once in {@code repeated}.
     */
    public static LedgerEntry entry(Row row, Map<UUID, List<PlannedPlaces>> planned, Map<String, String> repeated) {
        UUID eventId = EVENT_ID.read(row, repeated);
        EntryKind kind = KIND.read(row, repeated);
        return new LedgerEntry(eventId, EVENT_TYPE.read(row, repeated), MUNICIPALITY_CODE.read(row, repeated), kind,
                PERIOD.read(row, repeated), EFFECTIVE_DATE.read(row, repeated), PERSONS.read(row, repeated),
                VERSION.read(row, repeated), REFERENCE.read(row, repeated), OCCURRED_AT.read(row, repeated),
                details(kind, eventId, row, planned, repeated));
    }

    /** The details of an entry of {@code kind}, from its columns. */
    private static Details details(EntryKind kind, UUID eventId, Row row, Map<UUID, List<PlannedPlaces>> planned,
                                   Map<String, String> repeated) {
        return switch (kind) {
            case QUOTA -> new Quota(QUOTA_STATUS.read(row, repeated), PUBLISHED_ON.read(row, repeated));
            case COUPLED, COUPLING_CORRECTED -> new Coupling(HOUSEHOLD_TYPE.read(row, repeated));
            case HOUSED -> new Placement(COUPLING_ID.read(row, repeated), UNIT_TYPE.read(row, repeated),
                    TEMPORARY_HOUSING.read(row, repeated), UNIT_ID.read(row, repeated));
            case REUNIFIED -> new Reunification(COUPLING_ID.read(row, repeated), TEMPORARY_HOUSING.read(row, repeated),
                    JOINED_PLACEMENT.read(row, repeated));
            case CANCELLED -> new Cancellation(CANCELLATION_REASON.read(row, repeated));
            case DIVIDED -> new Division(DIVIDED_TO.read(row, repeated));
            case CAPACITY_PLANNED -> new CapacityPlan(planned.getOrDefault(eventId, List.of()));
            default -> Details.NONE;
        };
    }

    private static String once(Map<String, String> repeated, String value) {
        return value == null ? null : repeated.computeIfAbsent(value, v -> v);
    }
}
