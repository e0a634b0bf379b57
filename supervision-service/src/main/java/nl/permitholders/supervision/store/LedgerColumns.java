package nl.permitholders.supervision.store;

import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
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
 * {@code MunicipalityLedgers} selects {@link #NAMES} and reads each row by position ({@link #entry}), which follows from
 * the order declared here: a ledger has thousands of rows, and finding a column by name hashes the name every time.
 * A new fact is a column here (and in a migration): one declaration says how an entry writes it and, for a component
 * of a kind's {@link Details}, which record it fills; reading a row builds each record from its columns ({@link #DETAILS}).
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
    private record Type<T>(String sql, Class<T> java, Function<T, Object> stored, IntFunction<Object[]> array, Reader<T> reader) {

        static <T> Type<T> of(String sql, Class<T> java, IntFunction<Object[]> array, Reader<T> reader) {
            return new Type<>(sql, java, value -> value, array, reader);
        }

        /** Values of an enum, stored as their names in a text column. */
        static <E extends Enum<E>> Type<E> named(Class<E> type) {
            return new Type<>("text", type, Enum::name, String[]::new, (row, i, repeated) -> {
                String name = row.getString(i);
                return name == null ? null : Enum.valueOf(type, name);
            });
        }
    }

    private static final Type<UUID> UUID_TYPE = Type.of("uuid", UUID.class, UUID[]::new, (row, i, repeated) -> row.getUUID(i));
    private static final Type<String> TEXT = Type.of("text", String.class, String[]::new, (row, i, repeated) -> row.getString(i));
    /** Text that takes few values (event types, codes, unit and household types): each kept once however many rows hold it. */
    private static final Type<String> REPEATING_TEXT = Type.of("text", String.class, String[]::new,
            (row, i, repeated) -> once(repeated, row.getString(i)));
    private static final Type<LocalDate> DATE = Type.of("date", LocalDate.class, LocalDate[]::new,
            (row, i, repeated) -> row.getLocalDate(i));
    private static final Type<Integer> INT = Type.of("int", Integer.class, Integer[]::new,
            (row, i, repeated) -> row.getInteger(i));
    private static final Type<Boolean> BOOLEAN = Type.of("boolean", Boolean.class, Boolean[]::new,
            (row, i, repeated) -> row.getBoolean(i));
    private static final Type<OffsetDateTime> TIMESTAMP = Type.of("timestamptz", OffsetDateTime.class, OffsetDateTime[]::new,
            (row, i, repeated) -> row.getOffsetDateTime(i));
    private static final Type<Period> HALF_YEAR = new Type<>("text", Period.class, Period::toString, String[]::new,
            (row, i, repeated) -> {
                String period = row.getString(i);
                return period == null ? null : Period.parse(period);
            });

    /**
     * A column of the ledger: its name, its type, its place in {@link #NAMES}, its value in an entry, and the details
     * records it holds a component of.
     */
    public static final class Column<T> {

        private final String name;
        private final Type<T> type;
        private final int position;
        private final Function<LedgerEntry, T> value;
        private final List<Class<? extends Details>> holders;

        private Column(String name, Type<T> type, int position, Function<LedgerEntry, T> value,
                       List<Class<? extends Details>> holders) {
            this.name = name;
            this.type = type;
            this.position = position;
            this.value = value;
            this.holders = holders;
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

    /** A column of the header every entry has. */
    private static <T> Column<T> column(String name, Type<T> type, Function<LedgerEntry, T> value) {
        return declare(new Column<>(name, type, DECLARED.size(), value, List.of()));
    }

    /** A component of a kind's details (of several kinds' that share it), null in entries of other kinds. */
    @SafeVarargs
    private static <T> Column<T> column(String name, Type<T> type, Component<?, T>... components) {
        Component<?, T>[] of = components.clone();
        Function<LedgerEntry, T> value = entry -> {
            for (Component<?, T> component : of) {
                if (component.details().isInstance(entry.details())) {
                    return component.of(entry.details());
                }
            }
            return null;
        };
        List<Class<? extends Details>> holders = Arrays.stream(of).<Class<? extends Details>>map(Component::details).toList();
        return declare(new Column<>(name, type, DECLARED.size(), value, holders));
    }

    private static <T> Column<T> declare(Column<T> column) {
        DECLARED.add(column);
        return column;
    }

    /** A component of a kind's details record, by its accessor. */
    private record Component<D extends Details, T>(Class<D> details, Function<D, T> accessor) {

        T of(Details entryDetails) {
            return accessor.apply(details.cast(entryDetails));
        }
    }

    private static <D extends Details, T> Component<D, T> detail(Class<D> details, Function<D, T> accessor) {
        return new Component<>(details, accessor);
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
    // The kinds' details, each record's components in the order the record lists them (checked below); a capacity plan's
    // places per half-year have a table of their own (capacity_plan_period).
    static final Column<String> COUPLING_ID = column("coupling_id", TEXT, detail(Placement.class, Placement::couplingId),
            detail(Reunification.class, Reunification::couplingId));
    static final Column<String> UNIT_TYPE = column("unit_type", REPEATING_TEXT, detail(Placement.class, Placement::unitType));
    static final Column<Boolean> TEMPORARY_HOUSING = column("temporary_housing", BOOLEAN, detail(Placement.class, Placement::temporary),
            detail(Reunification.class, Reunification::temporary));
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

    /**
     * Which kinds have which details: each record is built by its constructor from the columns declared above that hold
     * its components, so a new component is one column there. Kinds not named here have none ({@link Details#NONE}); a
     * capacity plan's details come from their own table ({@link #entry}).
     */
    private static final DetailsReader[] DETAILS = byKind(
            details(Quota.class, Quota::new, EntryKind.QUOTA),
            details(Coupling.class, Coupling::new, EntryKind.COUPLED, EntryKind.COUPLING_CORRECTED),
            details(Placement.class, Placement::new, EntryKind.HOUSED),
            details(Reunification.class, Reunification::new, EntryKind.REUNIFIED),
            details(Cancellation.class, Cancellation::new, EntryKind.CANCELLED),
            details(Division.class, Division::new, EntryKind.DIVIDED));

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

    /** The details of an entry of {@code kind}, from its columns (a capacity plan's from its own table). */
    private static Details details(EntryKind kind, UUID eventId, Row row, Map<UUID, List<PlannedPlaces>> planned,
                                   Map<String, String> repeated) {
        return kind == EntryKind.CAPACITY_PLANNED ? new CapacityPlan(planned.getOrDefault(eventId, List.of()))
                : DETAILS[kind.ordinal()].read(row, repeated);
    }

    /** How a row's columns become the details of the kinds it is declared for. */
    @FunctionalInterface
    private interface DetailsReader {
        Details read(Row row, Map<String, String> repeated);
    }

    private record KindsDetails(List<EntryKind> kinds, DetailsReader reader) {
    }

    // A record's canonical constructor, by the number of its components: up to four, as the largest record has; a
    // record with a fifth takes an Of5 and its details(...) beside these.
    @FunctionalInterface
    private interface Of1<A, D> {
        D of(A a);
    }

    @FunctionalInterface
    private interface Of2<A, B, D> {
        D of(A a, B b);
    }

    @FunctionalInterface
    private interface Of3<A, B, C, D> {
        D of(A a, B b, C c);
    }

    @FunctionalInterface
    private interface Of4<A, B, C, E, D> {
        D of(A a, B b, C c, E e);
    }

    @SuppressWarnings("unchecked")
    private static <D extends Details, A> KindsDetails details(Class<D> details, Of1<A, D> constructor, EntryKind... kinds) {
        List<Column<?>> c = holding(details);
        Column<A> a = (Column<A>) c.get(0);
        return new KindsDetails(List.of(kinds), (row, repeated) -> constructor.of(a.read(row, repeated)));
    }

    @SuppressWarnings("unchecked")
    private static <D extends Details, A, B> KindsDetails details(Class<D> details, Of2<A, B, D> constructor, EntryKind... kinds) {
        List<Column<?>> c = holding(details);
        Column<A> a = (Column<A>) c.get(0);
        Column<B> b = (Column<B>) c.get(1);
        return new KindsDetails(List.of(kinds), (row, repeated) -> constructor.of(a.read(row, repeated), b.read(row, repeated)));
    }

    @SuppressWarnings("unchecked")
    private static <D extends Details, A, B, C> KindsDetails details(Class<D> details, Of3<A, B, C, D> constructor, EntryKind... kinds) {
        List<Column<?>> c = holding(details);
        Column<A> a = (Column<A>) c.get(0);
        Column<B> b = (Column<B>) c.get(1);
        Column<C> d = (Column<C>) c.get(2);
        return new KindsDetails(List.of(kinds), (row, repeated) -> constructor.of(a.read(row, repeated), b.read(row, repeated),
                d.read(row, repeated)));
    }

    @SuppressWarnings("unchecked")
    private static <D extends Details, A, B, C, E> KindsDetails details(Class<D> details, Of4<A, B, C, E, D> constructor,
                                                                        EntryKind... kinds) {
        List<Column<?>> c = holding(details);
        Column<A> a = (Column<A>) c.get(0);
        Column<B> b = (Column<B>) c.get(1);
        Column<C> d = (Column<C>) c.get(2);
        Column<E> e = (Column<E>) c.get(3);
        return new KindsDetails(List.of(kinds), (row, repeated) -> constructor.of(a.read(row, repeated), b.read(row, repeated),
                d.read(row, repeated), e.read(row, repeated)));
    }

    /**
     * The columns that hold {@code details}' components, in the order declared; at start-up, so a column declared for a
     * record out of its components' order, or of another type, fails every use of the ledger at once rather than mixing
     * up values.
     */
    private static List<Column<?>> holding(Class<? extends Details> details) {
        List<Column<?>> columns = ALL.stream().filter(column -> column.holders.contains(details)).toList();
        List<Class<?>> components = Arrays.stream(details.getRecordComponents()).<Class<?>>map(RecordComponent::getType).toList();
        List<Class<?>> declared = columns.stream().<Class<?>>map(column -> column.type.java()).toList();
        if (!declared.equals(components)) {
            throw new IllegalStateException(details.getSimpleName() + " has components of types " + components
                    + " but its columns " + columns.stream().map(column -> column.name).toList() + " hold " + declared);
        }
        return columns;
    }

    private static DetailsReader[] byKind(KindsDetails... declared) {
        DetailsReader[] byKind = new DetailsReader[EntryKind.values().length];
        Arrays.fill(byKind, (DetailsReader) (row, repeated) -> Details.NONE);
        for (KindsDetails kinds : declared) {
            kinds.kinds().forEach(kind -> byKind[kind.ordinal()] = kinds.reader());
        }
        return byKind;
    }

    private static String once(Map<String, String> repeated, String value) {
        return value == null ? null : repeated.computeIfAbsent(value, v -> v);
    }
}
