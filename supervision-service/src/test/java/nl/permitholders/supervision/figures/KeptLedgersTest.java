package nl.permitholders.supervision.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.KeptLedgers.Kept;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.reference.Municipality;
import org.junit.jupiter.api.Test;

/** The ledgers kept in memory serve a reader only when they are at least as new as the version it saw. */
class KeptLedgersTest {

    private static final String ALMELO = "GM0141";
    private static final String ENSCHEDE = "GM0153";
    private static final Period H2 = Period.parse("2025-H2");

    private final KeptLedgers kept = new KeptLedgers(1_000);

    private static LedgerEntry quota(String code, int persons) {
        return LedgerEntry.quota(UUID.randomUUID(), "nl.permitholders.quota.quota-set.v1", code, H2, persons, 1);
    }

    private static LedgerEntry housed(String code, int persons) {
        return LedgerEntry.housed(UUID.randomUUID(), "nl.permitholders.placement.placement-recorded.v1", code,
                LocalDate.of(2025, 9, 1), persons, UUID.randomUUID().toString());
    }

    private static Kept read(String code, long version, LedgerEntry... entries) {
        Municipality municipality = new Municipality();
        municipality.code = code;
        municipality.name = code;
        municipality.provinceCode = "PV23";
        return new Kept(code, version, municipality, Optional.empty(), List.of(entries));
    }

    private static int housed(Kept ledger) {
        return ledger.known().ledger().figures(H2, null).housed();
    }

    @Test
    void nothingIsKeptBeforeTheConsumerHasToldOfAChange() {
        kept.put(read(ALMELO, 5, quota(ALMELO, 73)));

        assertThat(kept.get(ALMELO, 5)).isEmpty();
    }

    @Test
    void aLedgerServesReadersOfItsOwnVersionAndOfEveryVersionToldSince() {
        kept.committed(5, Map.of(), Set.of());
        kept.put(read(ALMELO, 5, quota(ALMELO, 73)));
        kept.committed(6, Map.of(ENSCHEDE, List.of(housed(ENSCHEDE, 3))), Set.of());

        assertThat(kept.get(ALMELO, 5)).isPresent();
        assertThat(kept.get(ALMELO, 6)).as("version 6 did not touch Almelo").isPresent();
        assertThat(kept.get(ALMELO, 7)).as("version 7 may have been written by another instance").isEmpty();
    }

    @Test
    void theFactsOfAChangeToldAreAddedToTheKeptLedger() {
        kept.committed(5, Map.of(), Set.of());
        kept.put(read(ALMELO, 5, quota(ALMELO, 73), housed(ALMELO, 4)));

        kept.committed(6, Map.of(ALMELO, List.of(housed(ALMELO, 2))), Set.of());

        Kept ledger = kept.get(ALMELO, 6).orElseThrow();
        assertThat(ledger.version()).isEqualTo(6);
        assertThat(housed(ledger)).isEqualTo(6);
        assertThat(kept.entries()).isEqualTo(3);
    }

    @Test
    void aLedgerReadBeforeAChangeAlreadyToldIsRefused() {
        kept.committed(5, Map.of(), Set.of());
        kept.committed(6, Map.of(ALMELO, List.of(housed(ALMELO, 2))), Set.of());

        kept.put(read(ALMELO, 5, quota(ALMELO, 73)));

        assertThat(kept.get(ALMELO, 5)).as("it lacks the placement of version 6, and would never hear of it").isEmpty();
    }

    @Test
    void aLedgerReadAfterAChangeNotYetToldIsNotGivenItsFactsTwice() {
        kept.committed(5, Map.of(), Set.of());
        LedgerEntry placement = housed(ALMELO, 2);
        kept.put(read(ALMELO, 6, quota(ALMELO, 73), placement));

        kept.committed(6, Map.of(ALMELO, List.of(placement)), Set.of());

        assertThat(housed(kept.get(ALMELO, 6).orElseThrow())).isEqualTo(2);
    }

    @Test
    void aVersionSkippedMeansAnotherWriterAndEverythingKeptIsDropped() {
        kept.committed(5, Map.of(), Set.of());
        kept.put(read(ALMELO, 5, quota(ALMELO, 73)));

        kept.committed(8, Map.of(ENSCHEDE, List.of(housed(ENSCHEDE, 1))), Set.of());

        assertThat(kept.get(ALMELO, 5)).as("versions 6 and 7 came from elsewhere and may have touched Almelo").isEmpty();
        assertThat(kept.entries()).isZero();
        kept.put(read(ALMELO, 7, quota(ALMELO, 73)));
        assertThat(kept.get(ALMELO, 8)).as("read before version 8 was told, which keeping now starts from").isEmpty();
        kept.put(read(ALMELO, 8, quota(ALMELO, 73)));
        assertThat(kept.get(ALMELO, 8)).isPresent();
    }

    @Test
    void versionsOfAnotherWriterDropOnlyTheLedgersTheyChangedWhenTheChangeLogSaysWhich() {
        kept.committed(5, Map.of(), Set.of());
        kept.put(read(ALMELO, 5, quota(ALMELO, 73)));
        kept.put(read(ENSCHEDE, 5, quota(ENSCHEDE, 90)));

        // Versions 6 and 7 came from another instance and changed Enschede only; this instance then commits 8.
        kept.othersChanged(5, 7, Set.of(ENSCHEDE));
        kept.committed(8, Map.of(ALMELO, List.of(housed(ALMELO, 2))), Set.of());

        assertThat(kept.get(ENSCHEDE, 8)).isEmpty();
        assertThat(housed(kept.get(ALMELO, 8).orElseThrow())).as("Almelo's ledger stayed complete, and took version 8's facts").isEqualTo(2);
        kept.put(read(ENSCHEDE, 6, quota(ENSCHEDE, 90)));
        assertThat(kept.get(ENSCHEDE, 8)).as("read before the other writer's change may lack it").isEmpty();
        kept.put(read(ENSCHEDE, 7, quota(ENSCHEDE, 90), housed(ENSCHEDE, 5)));
        assertThat(kept.get(ENSCHEDE, 8)).isPresent();
    }

    @Test
    void theChangeLogOfVersionsNotRightAfterTheLastToldChangesNothing() {
        kept.committed(5, Map.of(), Set.of());
        kept.put(read(ALMELO, 5, quota(ALMELO, 73)));

        kept.othersChanged(6, 7, Set.of(ENSCHEDE));
        assertThat(kept.toldThrough()).isEqualTo(5);
        kept.committed(8, Map.of(), Set.of());

        assertThat(kept.get(ALMELO, 8)).as("version 6 was told by nobody: it may have changed Almelo").isEmpty();
        assertThat(kept.entries()).isZero();
    }

    @Test
    void aChangeToldAfterANewerOneIsAlreadyInEverySnapshotKeptSince() {
        kept.committed(5, Map.of(), Set.of());
        kept.committed(7, Map.of(), Set.of());
        kept.put(read(ALMELO, 7, quota(ALMELO, 73), housed(ALMELO, 2)));

        kept.committed(6, Map.of(ALMELO, List.of(housed(ALMELO, 2))), Set.of());

        assertThat(housed(kept.get(ALMELO, 7).orElseThrow())).isEqualTo(2);
    }

    @Test
    void aRegisterStatementDropsTheLedger() {
        kept.committed(5, Map.of(), Set.of());
        kept.put(read(ALMELO, 5, quota(ALMELO, 73)));

        kept.committed(6, Map.of(), Set.of(ALMELO));

        assertThat(kept.get(ALMELO, 5)).as("its name, province or merger changed: read it again").isEmpty();
        assertThat(kept.entries()).isZero();
    }

    @Test
    void aRegisterStatementDropsTheLedgerAlsoWhenItsFactsCameInTheSameChange() {
        // A municipality registered and given its quota in one batch of the consumer: one transaction, one version.
        kept.committed(5, Map.of(), Set.of());
        Kept unregistered = new Kept(ALMELO, 5, null, Optional.empty(), List.of(housed(ALMELO, 2)));
        kept.put(unregistered);

        kept.committed(6, Map.of(ALMELO, List.of(quota(ALMELO, 73))), Set.of(ALMELO));

        assertThat(kept.get(ALMELO, 6)).as("the kept ledger lacks the register entry: read it again").isEmpty();
        assertThat(kept.entries()).isZero();
    }

    @Test
    void theLedgersUsedLongestAgoGoFirstWhenTooManyEntriesAreKept() {
        KeptLedgers small = new KeptLedgers(3);
        small.committed(1, Map.of(), Set.of());
        small.put(read(ALMELO, 1, quota(ALMELO, 73), housed(ALMELO, 1)));
        small.put(read(ENSCHEDE, 1, quota(ENSCHEDE, 120)));
        small.get(ALMELO, 1);

        small.put(read("GM0150", 1, quota("GM0150", 40)));

        assertThat(small.get(ENSCHEDE, 1)).isEmpty();
        assertThat(small.get(ALMELO, 1)).isPresent();
        assertThat(small.get("GM0150", 1)).isPresent();
        assertThat(small.entries()).isEqualTo(3);
    }

    @Test
    void factsAreKeptAsTheDatabaseGivesThemBack() {
        kept.committed(5, Map.of(), Set.of());
        kept.put(read(ALMELO, 5));
        OffsetDateTime inAmsterdam = OffsetDateTime.of(2025, 9, 1, 10, 0, 0, 123_456_789, ZoneOffset.ofHours(2));

        kept.committed(6, Map.of(ALMELO, List.of(housed(ALMELO, 1).at(inAmsterdam))), Set.of());

        assertThat(kept.get(ALMELO, 6).orElseThrow().known().ledger().entries().get(0).occurredAt())
                .isEqualTo(OffsetDateTime.of(2025, 9, 1, 8, 0, 0, 123_456_000, ZoneOffset.UTC));
    }
}
