package nl.permitholders.supervision.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionChange.ProvinceStated;
import org.junit.jupiter.api.Test;

/**
 * Each version of the projection logs the municipalities it changed, so that a reader holding figures of an older
 * version computes again only those; where that is not known (a version logged as changing anything, one not logged,
 * one let go of) the reader is told so, and computes everything.
 */
@QuarkusTest
class ProjectionChangesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Test
    void theVersionsBetweenTwoTellWhichMunicipalitiesChanged() {
        // The version row locked throughout: the live consumer's versions wait, so these follow each other.
        List<Optional<Set<String>>> seen = pool.withTransaction(db -> ProjectionVersion.current(db).flatMap(start ->
                ProjectionVersion.raise(db, List.of("GM0001", "GM0002"))
                        .chain(() -> ProjectionVersion.raise(db, List.of("GM0003", "GM0001")))
                        .chain(() -> ProjectionVersion.raise(db))
                        .chain(() -> ProjectionVersion.raise(db, List.of("GM0004")))
                        .chain(() -> ProjectionVersion.raise(db, null))
                        .chain(() -> ProjectionVersion.raise(db, List.of()))
                        .chain(() -> Uni.join().all(
                                ProjectionChanges.between(db, start, start + 2),
                                ProjectionChanges.between(db, start + 1, start + 2),
                                ProjectionChanges.between(db, start + 2, start + 2),
                                ProjectionChanges.between(db, start, start + 3),
                                ProjectionChanges.between(db, start + 3, start + 4),
                                ProjectionChanges.between(db, start + 4, start + 5),
                                ProjectionChanges.between(db, start + 5, start + 6),
                                ProjectionChanges.between(db, -1, start + 6),
                                ProjectionChanges.between(db, start + 6, start + 7)).andFailFast())))
                .await().atMost(PATIENCE);

        assertThat(seen.get(0)).as("two versions").contains(Set.of("GM0001", "GM0002", "GM0003"));
        assertThat(seen.get(1)).as("the second alone").contains(Set.of("GM0001", "GM0003"));
        assertThat(seen.get(2)).as("no version between").contains(Set.of());
        assertThat(seen.get(3)).as("across a version raised without a log").isEmpty();
        assertThat(seen.get(4)).as("a version after it, logged").contains(Set.of("GM0004"));
        assertThat(seen.get(5)).as("a version logged as changing anything").isEmpty();
        assertThat(seen.get(6)).as("a version that changed no municipality").contains(Set.of());
        assertThat(seen.get(7)).as("never computed").isEmpty();
        assertThat(seen.get(8)).as("a version not there yet").isEmpty();
    }

    @Test
    void aReaderTooFarBehindIsToldToComputeEverything() {
        List<Optional<Set<String>>> seen = pool.withTransaction(db -> ProjectionVersion.current(db).flatMap(start ->
                ProjectionVersion.raise(db, List.of("GM0012"))
                        .chain(() -> ProjectionVersion.raise(db, List.of("GM0013")))
                        .chain(() -> ProjectionVersion.raise(db, List.of("GM0014")))
                        .chain(() -> Uni.join().all(
                                ProjectionChanges.between(db, start, start + 3, 3),
                                ProjectionChanges.between(db, start, start + 3, 2)).andFailFast())))
                .await().atMost(PATIENCE);

        assertThat(seen.get(0)).as("as many versions as are read").contains(Set.of("GM0012", "GM0013", "GM0014"));
        assertThat(seen.get(1)).as("one more than are read").isEmpty();
    }

    /** The version a raise gave, and which of the log rows asked for were still there after it. */
    private record AfterRaise(long raised, List<Long> left) {
    }

    @Test
    void onlyTheLatestVersionsAreKept() {
        long kept = ProjectionVersion.CHANGES_KEPT;
        AfterRaise after = pool.withTransaction(db -> db.query("SELECT version FROM projection_version FOR UPDATE").execute()
                .map(rows -> rows.iterator().next().getLong(0) + 1)
                // Two made-up log rows: the one the next raise lets go of, and the oldest it keeps.
                .call(next -> db.preparedQuery("INSERT INTO projection_change (version, municipality_codes) VALUES ($1, '{GM0005}'), "
                        + "($2, '{GM0006}') ON CONFLICT (version) DO NOTHING").execute(Tuple.of(next - kept, next - kept + 1)))
                .flatMap(next -> ProjectionVersion.raise(db, List.of("GM0007")))
                .flatMap(raised -> db.preparedQuery("SELECT version FROM projection_change WHERE version IN ($1, $2, $3) ORDER BY version")
                        .execute(Tuple.of(raised - kept, raised - kept + 1, raised))
                        .map(rows -> {
                            List<Long> left = new ArrayList<>();
                            rows.forEach(row -> left.add(row.getLong(0)));
                            return new AfterRaise(raised, left);
                        })))
                .await().atMost(PATIENCE);

        assertThat(after.left()).containsExactly(after.raised() - kept + 1, after.raised());
    }

    @Test
    void eventsLogTheMunicipalitiesTheyChangeAndAProvinceAnything() {
        OffsetDateTime at = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        Decoded renamed = new Decoded(null, List.of(new MunicipalityStated("GM0008", "Acht", "PV21", at)));
        Decoded merged = new Decoded(null, List.of(new Merged("GM0011", List.of("GM0009", "GM0010"), Period.parse("2027-H1"), at)));
        Decoded province = new Decoded(null, List.of(new ProvinceStated("PV21", "Groningen", at)));

        assertThat(ProjectionStore.changed(List.of(renamed, merged))).containsExactlyInAnyOrder("GM0008", "GM0009", "GM0010", "GM0011");
        assertThat(ProjectionStore.changed(List.of(renamed, province))).as("every municipality of the province shows its name").isNull();
    }
}
