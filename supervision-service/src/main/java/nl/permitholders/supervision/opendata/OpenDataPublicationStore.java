package nl.permitholders.supervision.opendata;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.store.LockedTransaction;
import nl.permitholders.supervision.store.ReadPool;

/**
 * The published versions of the open data, as stored (V28): each written once, in a transaction that holds the
 * half-year's lock, so two publishers at once cannot both take the next number; never changed after (the table's
 * trigger refuses it).
 */
@ApplicationScoped
public class OpenDataPublicationStore {

    private static final String VERSION_COLUMNS = "period, version, published_at, position_date, kind, reason";
    private static final String LATEST = "SELECT " + VERSION_COLUMNS + ", half_year_json, monthly_json FROM open_data_publication "
            + "WHERE period = $1 ORDER BY version DESC LIMIT 1";
    private static final String VERSIONS = "SELECT " + VERSION_COLUMNS + " FROM open_data_publication WHERE period = $1 ORDER BY version";
    private static final String EVERY_VERSION = "SELECT " + VERSION_COLUMNS + " FROM open_data_publication ORDER BY period, version";
    private static final String INSERT = "INSERT INTO open_data_publication (period, version, published_at, position_date, kind, reason, "
            + "rows_digest, half_year_csv, half_year_json, monthly_csv, monthly_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

    @Inject
    LockedTransaction transaction;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** Every version of every half-year, by half-year and number. */
    public Uni<List<PublishedVersion>> all() {
        return reads.preparedQuery(EVERY_VERSION).execute().map(rows -> {
            List<PublishedVersion> versions = new ArrayList<>();
            rows.forEach(row -> versions.add(version(row)));
            return versions;
        });
    }

    /** The versions of a half-year, first to last; empty when none has been published. */
    public Uni<List<PublishedVersion>> of(Period period) {
        return reads.preparedQuery(VERSIONS).execute(Tuple.of(period.toString())).map(rows -> {
            List<PublishedVersion> versions = new ArrayList<>();
            rows.forEach(row -> versions.add(version(row)));
            return versions;
        });
    }

    /** A file of a version ({@code version} empty: the latest), as published; empty when there is no such version. */
    public Uni<Optional<PublishedFile>> file(Period period, Optional<Integer> version, OpenDataFile file) {
        String sql = "SELECT " + VERSION_COLUMNS + ", " + file.column + " FROM open_data_publication WHERE period = $1 "
                + "AND ($2::int IS NULL OR version = $2) ORDER BY version DESC LIMIT 1";
        return reads.preparedQuery(sql).execute(Tuple.of(period.toString(), version.orElse(null))).map(rows -> {
            var found = rows.iterator();
            if (!found.hasNext()) {
                return Optional.empty();
            }
            Row row = found.next();
            return Optional.of(new PublishedFile(version(row), row.getBuffer(6).getBytes()));
        });
    }

    /**
     * Publishes {@code snapshot} as the half-year's next version if {@link PublicationRule} says it is one, in one
     * transaction under the half-year's lock; empty when the rule publishes nothing.
     */
    public Uni<Optional<PublishedVersion>> publish(OpenDataSnapshot snapshot, String note, Instant now) {
        String period = snapshot.period().toString();
        return transaction.under("open-data:" + period, db -> latest(db, period)
                .chain(latest -> {
                    Optional<PublicationRule.Publication> publication = PublicationRule.decide(latest.map(Latest::snapshot), snapshot, note);
                    if (publication.isEmpty()) {
                        return Uni.createFrom().item(Optional.<PublishedVersion>empty());
                    }
                    int number = latest.map(l -> l.version().version() + 1).orElse(1);
                    PublishedVersion version = new PublishedVersion(snapshot.period(), number, now, snapshot.positionDate(), publication.get().kind(),
                            publication.get().reason());
                    OpenDataFiles.Files files = OpenDataFiles.write(snapshot, new OpenDataFiles.Metadata(period, number,
                            snapshot.positionDate(), now, version.kind(), version.reason(), OpenDataFiles.LICENCE));
                    return db.preparedQuery(INSERT).execute(Tuple.tuple().addString(period).addInteger(number)
                                    .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)).addLocalDate(snapshot.positionDate())
                                    .addString(version.kind().name()).addString(version.reason()).addString(OpenDataFiles.digest(snapshot))
                                    .addBuffer(Buffer.buffer(files.halfYearCsv())).addBuffer(Buffer.buffer(files.halfYearJson()))
                                    .addBuffer(Buffer.buffer(files.monthlyCsv())).addBuffer(Buffer.buffer(files.monthlyJson())))
                            .replaceWith(Optional.of(version));
                }));
    }

    private record Latest(PublishedVersion version, OpenDataSnapshot snapshot) {
    }

    private static Uni<Optional<Latest>> latest(SqlClient db, String period) {
        return db.preparedQuery(LATEST).execute(Tuple.of(period)).map(rows -> {
            var found = rows.iterator();
            if (!found.hasNext()) {
                return Optional.empty();
            }
            Row row = found.next();
            return Optional.of(new Latest(version(row), OpenDataFiles.read(row.getBuffer(6).getBytes(), row.getBuffer(7).getBytes())));
        });
    }

    private static PublishedVersion version(Row row) {
        return new PublishedVersion(Period.parse(row.getString(0)), row.getInteger(1), row.getOffsetDateTime(2).toInstant(), row.getLocalDate(3),
                PublicationKind.valueOf(row.getString(4)), row.getString(5));
    }
}
