package nl.permitholders.supervision.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/**
 * R5: family members who arrive later (nareizigers) count once the person they join is housed, where that household is
 * housed, and only while it is: a revocation of the placement takes them with it.
 */
class FamilyMembersTest {

    private static final String TOWN = "GM0001";
    private static final Period H1_2025 = Period.parse("2025-H1");
    private static final String COUPLING = UUID.randomUUID().toString();
    private static final String PLACEMENT = UUID.randomUUID().toString();

    private static List<LedgerEntry> housedWithFamilyJoining(boolean temporary) {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, H1_2025, 10, 1));
        entries.add(Entries.housed(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 2, 1), 2, PLACEMENT, COUPLING, "HOUSE", temporary));
        entries.add(Entries.reunified(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 4, 1), 3, UUID.randomUUID().toString(),
                COUPLING, temporary, PLACEMENT));
        return entries;
    }

    private static LedgerEntry revoked() {
        return Entries.revoked(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 5, 1), 2, PLACEMENT);
    }

    @Test
    void familyMembersCountOnceThePersonTheyJoinIsHoused() {
        assertThat(new BacklogLedger(TOWN, housedWithFamilyJoining(false)).figures(H1_2025, null).housed()).isEqualTo(5);
    }

    @Test
    void aRevokedPlacementTakesTheFamilyMembersWhoJoinedItWithIt() {
        List<LedgerEntry> entries = housedWithFamilyJoining(false);
        entries.add(revoked());

        BacklogLedger ledger = new BacklogLedger(TOWN, entries);

        assertThat(ledger.figures(H1_2025, null).housed()).isZero();
        assertThat(ledger.figures(H1_2025, LocalDate.of(2025, 6, 1)).housed()).isZero();
        assertThat(ledger.housedPerMonth()).isEmpty();
    }

    @Test
    void familyMembersWhoJoinedAPlacementInTemporaryHousingLeaveWithItsRevocation() {
        List<LedgerEntry> entries = housedWithFamilyJoining(true);
        entries.add(revoked());

        BacklogLedger ledger = new BacklogLedger(TOWN, entries);

        assertThat(ledger.figures(H1_2025, null).housed()).isZero();
        assertThat(ledger.personsInTemporaryHousing(LocalDate.of(2025, 6, 1))).isZero();
    }

    @Test
    void whileAnotherPlacementOfTheHouseholdStandsTheFamilyMembersStillCount() {
        List<LedgerEntry> entries = housedWithFamilyJoining(false);
        entries.add(Entries.housed(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 3, 1), 1, UUID.randomUUID().toString(), COUPLING,
                "HOUSE", false));
        entries.add(revoked());

        assertThat(new BacklogLedger(TOWN, entries).figures(H1_2025, null).housed()).isEqualTo(1 + 3);
    }

    @Test
    void familyMembersWhoArriveAfterTheirHouseholdMovedWithAMergerCountWhereItIsHoused() {
        // Housed in GM0001 in 2025-I; GM0001 merges into GM0002 on 1 July 2025; the family arrives in August, its event
        // still naming the coupling's municipality GM0001.
        Period h2 = Period.parse("2025-H2");
        List<LedgerEntry> merged = housedWithFamilyJoining(false);
        merged.removeIf(e -> e.kind() == EntryKind.REUNIFIED);
        merged.add(Entries.reunified(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 8, 1), 3, UUID.randomUUID().toString(),
                COUPLING, false, null));
        BacklogLedger continuing = MergerTakeOver.continuing("GM0002",
                List.of(Entries.quota(UUID.randomUUID(), "t", "GM0002", h2, 4, 1)),
                java.util.Map.of(h2.firstDay(), List.of(new BacklogLedger(TOWN, merged))));

        assertThat(continuing.figures(h2, null).housed()).isEqualTo(3);
        assertThat(new BacklogLedger(TOWN, merged).figures(H1_2025, null).housed()).isEqualTo(2);
    }
}
