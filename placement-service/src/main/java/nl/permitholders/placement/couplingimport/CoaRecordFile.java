package nl.permitholders.placement.couplingimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.permitholders.placement.coupling.CancellationReason;
import nl.permitholders.placement.coupling.CoaReference;
import nl.permitholders.placement.coupling.CouplingDetails;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.coupling.ReceptionRegion;
import nl.permitholders.placement.coupling.SpecialNeed;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.imports.TableColumn;
import nl.permitholders.platform.imports.TableHeader;
import nl.permitholders.platform.imports.TableRow;
import nl.permitholders.platform.imports.TableValues;

/**
 * COA's records of coupled households as a file (CSV or .xlsx, read by {@link nl.permitholders.platform.imports.TableFile}):
 * a header naming the columns in Dutch, as COA's own files name them, in any order and any case, then a line per
 * household. The coupling's columns are required; the placement's, the family reunification's and the cancellation's
 * are optional, and a line fills each group whole or leaves it empty. Other columns are left alone and never stored
 * (R9: a file with names in it loses them here). Numbers as whole numbers, dates as {@code dd-mm-jjjj} or
 * {@code jjjj-mm-dd} (or a date cell), codes as COA writes them or as the API names them. Every field that cannot be
 * read is refused naming its line and column ({@code line 17: Gemeentecode}); docs/placement-api.md has the whole format.
 */
public final class CoaRecordFile {

    /** The columns, each under its Dutch header and the other headers accepted for it. */
    public enum Column implements TableColumn {
        COA_REFERENCE(true, "COA-referentie", "coa referentie", "referentie", "coa-nummer"),
        MUNICIPALITY_CODE(true, "Gemeentecode", "cbs-code", "cbs code"),
        ADULTS(true, "Volwassenen", "aantal volwassenen"),
        MINORS(true, "Minderjarigen", "aantal minderjarigen", "kinderen"),
        HOUSEHOLD_TYPE(true, "Huishouden", "huishoudtype", "soort huishouden"),
        PERMIT_DATE(true, "Vergunningsdatum", "datum vergunning", "vergunningdatum"),
        COUPLING_DATE(true, "Koppeldatum", "datum koppeling", "koppelingsdatum"),
        EXPECTED_REUNIFICATION(false, "Verwachte nareizigers", "nareizigers verwacht"),
        RECEPTION_REGION(false, "Opvangregio", "regio"),
        OWN_REGION(false, "Eigen regio", "azc in eigen regio"),
        WHEELCHAIR(false, "Rolstoeltoegankelijk", "rolstoel"),
        HOUSED_ON(false, "Datum huisvesting", "huisvestingsdatum", "datum gehuisvest"),
        PERSONS_HOUSED(false, "Personen gehuisvest", "gehuisveste personen", "aantal gehuisvest"),
        UNIT_TYPE(false, "Soort huisvesting", "woningtype", "type woning"),
        ARRIVED_ON(false, "Datum aankomst nareizigers", "aankomstdatum nareizigers", "datum nareis"),
        PERSONS_ARRIVED(false, "Nareizigers aangekomen", "aantal nareizigers", "nareizigers"),
        CANCELLED_ON(false, "Datum annulering", "annuleringsdatum", "datum ontkoppeling"),
        CANCELLATION_REASON(false, "Reden annulering", "annuleringsreden");

        private final boolean required;
        private final String header;
        private final Set<String> accepted;

        Column(boolean required, String header, String... others) {
            this.required = required;
            this.header = header;
            Set<String> names = new java.util.TreeSet<>();
            names.add(header.toLowerCase(Locale.ROOT));
            names.addAll(List.of(others));
            this.accepted = Set.copyOf(names);
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public Set<String> accepted() {
            return accepted;
        }

        @Override
        public boolean required() {
            return required;
        }
    }

    /** Adults, minors and family members expected or arrived: at most as many as a request through the API takes. */
    static final int MOST_PERSONS = 30;

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern REFERENCE = Pattern.compile(CoaReference.PATTERN);

    private static final Map<String, HouseholdType> HOUSEHOLD_TYPES = labels(HouseholdType.class, Map.of(
            "alleenstaande", HouseholdType.SINGLE, "alleenstaand", HouseholdType.SINGLE, "gezin", HouseholdType.FAMILY));
    private static final Map<String, ReceptionRegion> REGIONS = labels(ReceptionRegion.class, Map.of(
            "noord", ReceptionRegion.NORTH, "noord-nederland", ReceptionRegion.NORTH, "oost", ReceptionRegion.EAST,
            "oost-nederland", ReceptionRegion.EAST, "midden", ReceptionRegion.CENTRAL, "midden-nederland", ReceptionRegion.CENTRAL,
            "west", ReceptionRegion.WEST, "west-nederland", ReceptionRegion.WEST, "zuid", ReceptionRegion.SOUTH,
            "zuid-nederland", ReceptionRegion.SOUTH));
    private static final Map<String, UnitType> UNIT_TYPES = labels(UnitType.class, Map.of(
            "regulier", UnitType.REGULAR, "reguliere woning", UnitType.REGULAR, "flexwoning", UnitType.FLEX,
            "gedeelde woning", UnitType.SHARED, "kamer", UnitType.ROOM, "grote gezinswoning", UnitType.LARGE_FAMILY,
            "tussenvoorziening", UnitType.INTERMEDIATE));
    private static final Map<String, CancellationReason> REASONS = labels(CancellationReason.class, Map.of(
            "ingetrokken", CancellationReason.WITHDRAWN, "herkoppeld", CancellationReason.RECOUPLED));
    private static final Map<String, Boolean> YES_NO = yesNo();

    private CoaRecordFile() {
    }

    private static Map<String, Boolean> yesNo() {
        Map<String, Boolean> labels = new LinkedHashMap<>();
        List.of("ja", "j", "true", "1").forEach(yes -> labels.put(yes, true));
        List.of("nee", "n", "false", "0").forEach(no -> labels.put(no, false));
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** A line read: the record when every field could be read, and the refusals of the fields that could not. */
    public record Read(CoaRecord record, List<InvalidParam> refusals) {
    }

    /** The line's record, or (record null) every field of it that cannot be read, each named by line and column. */
    public static Read read(TableHeader<Column> header, TableRow row) {
        Line line = new Line(header, row);
        String reference = line.reference();
        String municipality = line.municipality();
        Integer adults = line.count(Column.ADULTS, 0, true);
        Integer minors = line.count(Column.MINORS, 0, true);
        HouseholdType type = line.code(Column.HOUSEHOLD_TYPE, HOUSEHOLD_TYPES, true);
        LocalDate permitDate = line.date(Column.PERMIT_DATE, true);
        LocalDate couplingDate = line.date(Column.COUPLING_DATE, true);
        Integer expected = line.count(Column.EXPECTED_REUNIFICATION, 0, false);
        ReceptionRegion region = line.code(Column.RECEPTION_REGION, REGIONS, false);
        Boolean ownRegion = line.code(Column.OWN_REGION, YES_NO, false);
        Boolean wheelchair = line.code(Column.WHEELCHAIR, YES_NO, false);
        CoaRecord.Housing housing = line.housing();
        CoaRecord.Arrival arrival = line.arrival();
        CoaRecord.Cancellation cancellation = line.cancellation();
        if (!line.refusals.isEmpty()) {
            return new Read(null, line.refusals);
        }
        CouplingDetails details = CouplingDetails.of(adults, minors, type, permitDate, couplingDate, expected, region, ownRegion,
                Boolean.TRUE.equals(wheelchair) ? EnumSet.of(SpecialNeed.WHEELCHAIR_ACCESSIBLE) : Set.of());
        return new Read(new CoaRecord(row.line(), reference, municipality, details, housing, arrival, cancellation), List.of());
    }

    /** How a refusal names a field of a line: {@code line 17: Gemeentecode}. */
    public static String name(int line, Column column) {
        return TableHeader.name(line, column.header());
    }

    /** One line, its fields read one by one; every field that cannot be read is added to {@link #refusals}. */
    private static final class Line {

        private final TableHeader<Column> header;
        private final TableRow row;
        private final List<InvalidParam> refusals = new ArrayList<>();

        Line(TableHeader<Column> header, TableRow row) {
            this.header = header;
            this.row = row;
        }

        String reference() {
            String value = value(Column.COA_REFERENCE, true);
            if (value != null && !REFERENCE.matcher(value).matches()) {
                refuse(Column.COA_REFERENCE, "'" + shown(value) + "' " + CoaReference.MESSAGE);
                return null;
            }
            return value;
        }

        String municipality() {
            String value = value(Column.MUNICIPALITY_CODE, true);
            return value == null ? null : read(Column.MUNICIPALITY_CODE, TableValues.municipalityCode(value));
        }

        /** A number of persons from {@code least} to {@link #MOST_PERSONS}; an empty optional field is 0 when least is 0. */
        Integer count(Column column, int least, boolean required) {
            String value = value(column, required);
            if (value == null) {
                return required ? null : least;
            }
            if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) < least || Integer.parseInt(value) > MOST_PERSONS) {
                refuse(column, "'" + shown(value) + "' is not a whole number from " + least + " to " + MOST_PERSONS);
                return null;
            }
            return Integer.parseInt(value);
        }

        <E> E code(Column column, Map<String, E> codes, boolean required) {
            String value = value(column, required);
            if (value == null) {
                return null;
            }
            E code = codes.get(value.toLowerCase(Locale.ROOT));
            if (code == null) {
                refuse(column, "'" + shown(value) + "' is not one of " + String.join(", ", codes.keySet()));
            }
            return code;
        }

        LocalDate date(Column column, boolean required) {
            String value = value(column, required);
            return value == null ? null : read(column, TableValues.date(value));
        }

        private <T> T read(Column column, TableValues.Read<T> read) {
            if (read.value() == null) {
                refuse(column, read.reason());
            }
            return read.value();
        }

        /** The persons housed on a day, in a kind of housing if named; null when the line records no placement. */
        CoaRecord.Housing housing() {
            if (!filled(Column.HOUSED_ON, Column.PERSONS_HOUSED) && !filled(Column.UNIT_TYPE)) {
                return null;
            }
            LocalDate housedOn = date(Column.HOUSED_ON, true);
            Integer persons = count(Column.PERSONS_HOUSED, 1, true);
            UnitType type = code(Column.UNIT_TYPE, UNIT_TYPES, false);
            return housedOn == null || persons == null ? null : new CoaRecord.Housing(housedOn, persons, type);
        }

        CoaRecord.Arrival arrival() {
            if (!filled(Column.ARRIVED_ON, Column.PERSONS_ARRIVED)) {
                return null;
            }
            LocalDate arrivedOn = date(Column.ARRIVED_ON, true);
            Integer persons = count(Column.PERSONS_ARRIVED, 1, true);
            return arrivedOn == null || persons == null ? null : new CoaRecord.Arrival(arrivedOn, persons);
        }

        CoaRecord.Cancellation cancellation() {
            if (!filled(Column.CANCELLED_ON, Column.CANCELLATION_REASON)) {
                return null;
            }
            LocalDate cancelledOn = date(Column.CANCELLED_ON, true);
            CancellationReason reason = code(Column.CANCELLATION_REASON, REASONS, true);
            return cancelledOn == null || reason == null ? null : new CoaRecord.Cancellation(cancelledOn, reason);
        }

        /** Whether any of the columns has a value on this line. */
        private boolean filled(Column... columns) {
            for (Column column : columns) {
                if (header.text(row, column) != null) {
                    return true;
                }
            }
            return false;
        }

        private String value(Column column, boolean required) {
            String value = header.text(row, column);
            if (value == null && required) {
                refuse(column, header.has(column) ? "is empty" : "is empty: the file has no such column");
            }
            return value;
        }

        private void refuse(Column column, String reason) {
            refusals.add(new InvalidParam(name(row.line(), column), reason));
        }

        private static String shown(String value) {
            return TableValues.shown(value);
        }
    }

    /** The codes by their labels in lower case: Dutch labels first, then the API's names. */
    private static <E extends Enum<E>> Map<String, E> labels(Class<E> type, Map<String, E> dutch) {
        Map<String, E> labels = new LinkedHashMap<>(new java.util.TreeMap<>(dutch));
        for (E code : type.getEnumConstants()) {
            labels.putIfAbsent(code.name().toLowerCase(Locale.ROOT), code);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }
}
