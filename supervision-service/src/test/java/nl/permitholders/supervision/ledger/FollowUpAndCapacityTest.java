package nl.permitholders.supervision.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.CapacityPipeline.Expected;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import org.junit.jupiter.api.Test;

/** Persons in temporary housing who still need follow-up housing, and planned capacity in the pipeline. */
class FollowUpAndCapacityTest {

    private static final String TOWN = "GM0141";
    private static final Period H1_2026 = Period.parse("2026-H1");
    private static final Period H2_2026 = Period.parse("2026-H2");
    private static final Period H1_2027 = Period.parse("2027-H1");

    private final List<LedgerEntry> entries = new ArrayList<>();

    private LedgerEntry placed(int persons, LocalDate on, String unitType, Boolean temporary) {
        LedgerEntry placement = Entries.housed(UUID.randomUUID(), "t", TOWN, on, persons, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), unitType, temporary);
        entries.add(placement);
        return placement;
    }

    private void planned(String project, int minute, PlannedPlaces... expected) {
        entries.add(Entries.capacityPlanned(UUID.randomUUID(), "t", TOWN, project, List.of(expected).stream().mapToInt(PlannedPlaces::places).sum(),
                List.of(expected), OffsetDateTime.of(2025, 6, 1, 9, minute, 0, 0, ZoneOffset.UTC)));
    }

    private void delivered(String project, int places, LocalDate on) {
        entries.add(Entries.capacityDelivered(UUID.randomUUID(), "t", TOWN, on, places, project));
    }

    private BacklogLedger ledger() {
        return new BacklogLedger(TOWN, entries);
    }

    @Test
    void personsInTemporaryHousingStillNeedFollowUpHousing() {
        placed(4, LocalDate.of(2025, 2, 1), "INTERMEDIATE", true);
        placed(1, LocalDate.of(2025, 3, 1), "FLEX", true);
        placed(5, LocalDate.of(2025, 3, 1), "REGULAR", false);
        placed(2, LocalDate.of(2025, 3, 1), "FLEX", false);
        placed(3, LocalDate.of(2025, 5, 1), null, null);
        assertEquals(4, ledger().personsInTemporaryHousing(LocalDate.of(2025, 2, 15)));
        assertEquals(5, ledger().personsInTemporaryHousing(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void placementServiceDecidesWhatIsTemporaryHousingSoAPlacementThatDoesNotSayIsNot() {
        placed(2, LocalDate.of(2025, 5, 1), "INTERMEDIATE", null);
        assertEquals(0, ledger().personsInTemporaryHousing(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void personsWhoMovedOnToFollowUpHousingNoLongerNeedItFromTheDayTheyMoved() {
        LedgerEntry family = placed(4, LocalDate.of(2025, 2, 1), "INTERMEDIATE", true);
        placed(1, LocalDate.of(2025, 3, 1), "INTERMEDIATE", true);
        entries.add(Entries.movedOn(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 5, 1), 4, family.reference()));
        assertEquals(5, ledger().personsInTemporaryHousing(LocalDate.of(2025, 4, 30)));
        assertEquals(1, ledger().personsInTemporaryHousing(LocalDate.of(2025, 5, 1)));
    }

    @Test
    void movingOnChangesNoBacklog() {
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, Period.parse("2025-H1"), 10, 1));
        LedgerEntry family = placed(4, LocalDate.of(2025, 2, 1), "INTERMEDIATE", true);
        PeriodFigures before = ledger().figures(Period.parse("2025-H1"), null);
        entries.add(Entries.movedOn(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 5, 1), 4, family.reference()));
        assertEquals(before, ledger().figures(Period.parse("2025-H1"), null));
        assertEquals(4, ledger().housed(Period.parse("2025-H1"), null));
    }

    @Test
    void aRevokedTemporaryPlacementNeverCounted() {
        LedgerEntry wrong = placed(4, LocalDate.of(2025, 2, 1), "INTERMEDIATE", true);
        entries.add(Entries.revoked(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 4, 1), 4, wrong.reference()));
        assertEquals(0, ledger().personsInTemporaryHousing(LocalDate.of(2025, 3, 1)));
    }

    private void joined(LedgerEntry referent, int persons, LocalDate arrivedOn, boolean temporary) {
        entries.add(Entries.reunified(UUID.randomUUID(), "t", TOWN, arrivedOn, persons, UUID.randomUUID().toString(),
                referent.details(Details.Placement.class).orElseThrow().couplingId(), temporary, referent.reference()));
    }

    @Test
    void familyMembersWhoJoinedSomeoneInTemporaryHousingNeedFollowUpHousingTooAndMoveOnWithThem() {
        LedgerEntry referent = placed(1, LocalDate.of(2025, 2, 1), "INTERMEDIATE", true);
        joined(referent, 3, LocalDate.of(2025, 3, 1), true);
        assertEquals(1, ledger().personsInTemporaryHousing(LocalDate.of(2025, 2, 28)));
        assertEquals(4, ledger().personsInTemporaryHousing(LocalDate.of(2025, 3, 1)));

        entries.add(Entries.movedOn(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 5, 1), 1, referent.reference()));
        assertEquals(4, ledger().personsInTemporaryHousing(LocalDate.of(2025, 4, 30)));
        assertEquals(0, ledger().personsInTemporaryHousing(LocalDate.of(2025, 5, 1)));
        assertEquals(4, ledger().housed(Period.parse("2025-H1"), null), "they stay housed: R5");
    }

    @Test
    void familyMembersWhoJoinedSomeoneInRegularHousingNeedNoFollowUpHousing() {
        LedgerEntry referent = placed(1, LocalDate.of(2025, 2, 1), "REGULAR", false);
        joined(referent, 3, LocalDate.of(2025, 3, 1), false);
        assertEquals(0, ledger().personsInTemporaryHousing(LocalDate.of(2025, 3, 1)));
    }

    @Test
    void familyMembersWhoJoinedARevokedPlacementNeverCountedAsInTemporaryHousing() {
        LedgerEntry wrong = placed(1, LocalDate.of(2025, 2, 1), "INTERMEDIATE", true);
        joined(wrong, 3, LocalDate.of(2025, 3, 1), true);
        entries.add(Entries.revoked(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 4, 1), 1, wrong.reference()));
        assertEquals(0, ledger().personsInTemporaryHousing(LocalDate.of(2025, 3, 15)));
    }

    @Test
    void plannedPlacesStayInThePipelineUntilDelivered() {
        planned("p1", 0, new PlannedPlaces(H1_2026, 10), new PlannedPlaces(H2_2026, 6));
        delivered("p1", 4, LocalDate.of(2026, 3, 1));
        CapacityPipeline.Pipeline before = ledger().capacityPipeline(LocalDate.of(2026, 2, 28));
        assertEquals(16, before.places());
        CapacityPipeline.Pipeline after = ledger().capacityPipeline(LocalDate.of(2026, 3, 1));
        assertEquals(12, after.places());
        assertEquals(List.of(new Expected(H1_2026, 6), new Expected(H2_2026, 6)), after.perPeriod(),
                "a delivery is taken off the earliest expected half-year first");
    }

    @Test
    void theLatestPlanOfAProjectReplacesTheEarlierOne() {
        planned("p1", 5, new PlannedPlaces(H2_2026, 8), new PlannedPlaces(H1_2027, 8));
        planned("p1", 0, new PlannedPlaces(H1_2026, 20));
        planned("p2", 1, new PlannedPlaces(H1_2026, 3));
        CapacityPipeline.Pipeline pipeline = ledger().capacityPipeline(LocalDate.of(2026, 1, 1));
        assertEquals(19, pipeline.places());
        assertEquals(List.of(new Expected(H1_2026, 3), new Expected(H2_2026, 8), new Expected(H1_2027, 8)), pipeline.perPeriod());
    }

    @Test
    void placesExpectedInAPastHalfYearAndNotDeliveredAreLate() {
        planned("p1", 0, new PlannedPlaces(H1_2026, 10), new PlannedPlaces(H2_2026, 5));
        delivered("p1", 7, LocalDate.of(2026, 5, 1));
        CapacityPipeline.Pipeline pipeline = ledger().capacityPipeline(LocalDate.of(2026, 8, 1));
        assertEquals(3, pipeline.lateBefore(H2_2026));
        assertEquals(5, pipeline.placesBetween(H2_2026, H1_2027));
    }

    @Test
    void aFullyDeliveredProjectLeavesNothingAndCapacityDoesNotMoveTheBacklog() {
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, H1_2026, 30, 1));
        planned("p1", 0, new PlannedPlaces(H1_2026, 10));
        delivered("p1", 10, LocalDate.of(2026, 4, 1));
        assertEquals(0, ledger().capacityPipeline(LocalDate.of(2026, 4, 1)).places());
        assertEquals(30, ledger().figures(H1_2026, null).backlog());
    }
}
