package nl.permitholders.supervision.scenario;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.distribution.MergedPopulationRule;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.supervision.store.ReadPool;

/**
 * What R1 reads of supervision's projection of quota.events: the register with the days each municipality exists, the
 * mergers and splits recorded, and the populations on a reference date, read as quota-service keeps them, so that a
 * scenario distributes over the same municipalities with the same figures as the Rijk's distribution.
 */
@ApplicationScoped
public class DivisionStore {

    /** A municipality as the register states it: its province and the days it exists (null: open). */
    public record Registered(String code, String name, String provinceCode, LocalDate validFrom, LocalDate validUntil) {
    }

    /** The register, the mergers and splits, and the province names: all R1 needs but the populations. */
    public record Register(Map<String, Registered> municipalities, Reorganisations reorganisations, Map<String, String> provinceNames) {

        /**
         * The municipal division on {@code day}, as quota-service's register has it: the municipalities that exist then
         * (from their first day up to their last, as registered). A municipality a merger or split ended by then, or a
         * merger formed after it, is left out too: the merger's or split's event says so where an older register entry
         * does not.
         */
        public List<String> existingOn(LocalDate day) {
            return municipalities.values().stream()
                    .filter(m -> (m.validFrom() == null || !day.isBefore(m.validFrom())) && (m.validUntil() == null || !day.isAfter(m.validUntil())))
                    .filter(m -> reorganisations.mergers().stream().noneMatch(g -> g.merged().contains(m.code()) && !day.isBefore(g.effectiveDate())))
                    .filter(m -> reorganisations.mergers().stream().noneMatch(g -> !g.absorption() && g.continuing().equals(m.code())
                            && day.isBefore(g.effectiveDate())))
                    .filter(m -> reorganisations.splits().stream().noneMatch(s -> s.split().equals(m.code()) && !day.isBefore(s.effectiveDate())))
                    .map(Registered::code).toList();
        }
    }

    /**
     * The populations on a reference date: the one asked for, or when no figure of it is known yet the latest before it
     * ({@code date} then says which); empty when none is known on or before it.
     */
    public record Populations(LocalDate date, Map<String, MergedPopulationRule.Figure> figures) {
    }

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    public Uni<Register> register() {
        Uni<Map<String, Registered>> municipalities = reads.query("SELECT code, name, province_code, valid_from, valid_until "
                + "FROM municipality").execute().map(rows -> {
                    Map<String, Registered> register = new TreeMap<>();
                    for (Row row : rows) {
                        register.put(row.getString(0), new Registered(row.getString(0), row.getString(1), row.getString(2),
                                row.getLocalDate(3), row.getLocalDate(4)));
                    }
                    return register;
                });
        Uni<List<Row>> mergers = reads.query("SELECT merged_code, new_code, effective_date, absorption, recorded_at, stated_at "
                + "FROM merger ORDER BY new_code, effective_date, merged_code").execute().map(DivisionStore::list);
        Uni<List<Row>> splits = reads.query("SELECT split_code, receiver_code, share, effective_date FROM municipality_split "
                + "ORDER BY split_code, position").execute().map(DivisionStore::list);
        Uni<Map<String, String>> provinces = reads.query("SELECT code, name FROM province").execute().map(rows -> {
            Map<String, String> names = new TreeMap<>();
            rows.forEach(row -> names.put(row.getString(0), row.getString(1)));
            return names;
        });
        return Uni.combine().all().unis(municipalities, mergers, splits, provinces).with((register, mergerRows, splitRows, names) ->
                new Register(register, new Reorganisations(mergers(mergerRows, register), splits(splitRows)), names));
    }

    /** The populations of {@code referenceDate}, or of the latest reference date before it on which any is known. */
    public Uni<Populations> populationsOn(LocalDate referenceDate) {
        return reads.preparedQuery("SELECT municipality_code, reference_date, persons, set_with_a_merger, recorded_at FROM population "
                        + "WHERE reference_date = (SELECT max(reference_date) FROM population WHERE reference_date <= $1)")
                .execute(Tuple.of(referenceDate)).map(rows -> {
                    LocalDate date = null;
                    Map<String, MergedPopulationRule.Figure> figures = new TreeMap<>();
                    for (Row row : rows) {
                        date = row.getLocalDate(1);
                        figures.put(row.getString(0), new MergedPopulationRule.Figure(row.getInteger(2), instant(row.getOffsetDateTime(4)),
                                row.getBoolean(3)));
                    }
                    return new Populations(date, figures);
                });
    }

    /**
     * The mergers, one for each continuing municipality and date, with the municipalities merged into it. Whether it
     * absorbed them, where the event did not say: it did when the register has it before the merger's date.
     */
    private static List<Reorganisations.Merger> mergers(List<Row> rows, Map<String, Registered> register) {
        record Key(String continuing, LocalDate date) {
        }
        Map<Key, List<Row>> byMerger = new LinkedHashMap<>();
        rows.forEach(row -> byMerger.computeIfAbsent(new Key(row.getString(1), row.getLocalDate(2)), k -> new ArrayList<>()).add(row));
        List<Reorganisations.Merger> mergers = new ArrayList<>();
        byMerger.forEach((key, parts) -> {
            Row first = parts.get(0);
            Boolean absorption = first.getBoolean(3);
            if (absorption == null) {
                Registered continuing = register.get(key.continuing());
                absorption = continuing != null && (continuing.validFrom() == null || continuing.validFrom().isBefore(key.date()));
            }
            OffsetDateTime recorded = first.getOffsetDateTime(4) != null ? first.getOffsetDateTime(4) : first.getOffsetDateTime(5);
            mergers.add(new Reorganisations.Merger(key.continuing(), parts.stream().map(row -> row.getString(0)).toList(), key.date(),
                    absorption, instant(recorded)));
        });
        return mergers;
    }

    private static List<Reorganisations.Split> splits(List<Row> rows) {
        Map<String, Map<String, Long>> shares = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new TreeMap<>();
        for (Row row : rows) {
            shares.computeIfAbsent(row.getString(0), k -> new LinkedHashMap<>()).put(row.getString(1), row.getLong(2));
            dates.put(row.getString(0), row.getLocalDate(3));
        }
        List<Reorganisations.Split> splits = new ArrayList<>();
        shares.forEach((code, parts) -> splits.add(new Reorganisations.Split(code, parts, dates.get(code))));
        return splits;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? Instant.EPOCH : time.toInstant();
    }

    private static List<Row> list(Iterable<Row> rows) {
        List<Row> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }
}
