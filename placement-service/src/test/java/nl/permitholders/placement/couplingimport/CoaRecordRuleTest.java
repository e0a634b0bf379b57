package nl.permitholders.placement.couplingimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.placement.coupling.CancellationReason;
import nl.permitholders.placement.coupling.CouplingDetails;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.couplingimport.CoaRecordRule.Judgement;
import nl.permitholders.placement.couplingimport.CoaRecordRule.Known;
import nl.permitholders.placement.couplingimport.CoaRecordRule.KnownArrival;
import nl.permitholders.placement.couplingimport.CoaRecordRule.KnownPlacement;
import nl.permitholders.placement.couplingimport.CoaRecordRule.Steps;
import nl.permitholders.placement.placement.FollowUpHousing;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.security.Succession;
import org.junit.jupiter.api.Test;

/** A line of COA's records, judged by the rules of the single writes, one household at a time. */
class CoaRecordRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final String ALMELO = "GM0141";
    private static final LocalDate PERMIT = LocalDate.of(2025, 1, 6);
    private static final LocalDate COUPLED = LocalDate.of(2025, 1, 20);
    private static final CouplingDetails FAMILY_OF_THREE = new CouplingDetails(2, 1, HouseholdType.FAMILY, PERMIT, COUPLED, 1,
            null, null, Set.of());
    private static final FollowUpHousing ONLY_INTERMEDIATE = FollowUpHousing.onlyIntermediateFacilities();
    private static final int LINE = 7;

    private static CoaRecord line(CouplingDetails details, CoaRecord.Housing housing, CoaRecord.Arrival arrival,
                                  CoaRecord.Cancellation cancellation) {
        return line(ALMELO, details, housing, arrival, cancellation);
    }

    private static CoaRecord line(String municipality, CouplingDetails details, CoaRecord.Housing housing, CoaRecord.Arrival arrival,
                                  CoaRecord.Cancellation cancellation) {
        return new CoaRecord(LINE, "COA-2025-000123", municipality, details, housing, arrival, cancellation);
    }

    private static Known known(CouplingStatus status, List<KnownPlacement> placements, List<KnownArrival> arrivals) {
        return new Known(UUID.randomUUID(), ALMELO, ALMELO, FAMILY_OF_THREE, status, null, null, placements, arrivals);
    }

    private static KnownPlacement placed(int persons, LocalDate on, UnitType type, Boolean temporary) {
        return new KnownPlacement(UUID.randomUUID(), on, persons, type, temporary, null, false, Instant.parse("2025-03-01T10:00:00Z"));
    }

    private static Judgement judge(CoaRecord line, Known known) {
        return judge(line, known, Succession.none());
    }

    private static Judgement judge(CoaRecord line, Known known, Succession succession) {
        return CoaRecordRule.judge(line, known, succession, TODAY, ONLY_INTERMEDIATE);
    }

    private static List<String> refused(Judgement judgement) {
        assertThat(judgement.refused()).as("refused").isTrue();
        return judgement.refusals().stream().map(InvalidParam::name).toList();
    }

    @Test
    void aNewHouseholdIsCoupledHousedJoinedAndCancelledAsTheSingleWritesWouldHaveDoneItOneAfterTheOther() {
        Steps steps = judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 2, UnitType.INTERMEDIATE),
                new CoaRecord.Arrival(LocalDate.of(2025, 4, 1), 1),
                new CoaRecord.Cancellation(LocalDate.of(2025, 5, 1), CancellationReason.RECOUPLED)), null).steps();

        assertThat(steps.register()).isTrue();
        assertThat(steps.placing()).isEqualTo(new CoaRecordRule.Placing(2, LocalDate.of(2025, 3, 3), UnitType.INTERMEDIATE, true));
        // The family joins the referent where the referent lives: in the intermediate facility this line places them in.
        assertThat(steps.joining()).isEqualTo(new CoaRecordRule.Joining(1, LocalDate.of(2025, 4, 1), true, null, true));
        // The persons already housed keep counting; the one left is no longer Almelo's to house.
        assertThat(steps.cancelling().unhousedPersons()).isEqualTo(1);
        assertThat(steps.status()).isEqualTo(CouplingStatus.CANCELLED);
    }

    @Test
    void theSameLineAgainChangesNothing() {
        KnownPlacement placement = placed(3, LocalDate.of(2025, 3, 3), UnitType.REGULAR, false);
        Known known = known(CouplingStatus.HOUSED, List.of(placement), List.of(new KnownArrival(LocalDate.of(2025, 4, 1), 1)));

        Steps steps = judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 3, null),
                new CoaRecord.Arrival(LocalDate.of(2025, 4, 1), 1), null), known).steps();

        assertThat(steps.changesNothing()).isTrue();
        assertThat(steps.status()).isEqualTo(CouplingStatus.HOUSED);
    }

    @Test
    void aCouplingRegisteredBeforeTakesWhatTheLineAddsJoiningItsStoredReferentInTemporaryHousing() {
        KnownPlacement intermediate = placed(2, LocalDate.of(2025, 3, 3), UnitType.INTERMEDIATE, true);
        Known known = known(CouplingStatus.COUPLED, List.of(intermediate), List.of());

        Steps steps = judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 2, UnitType.INTERMEDIATE),
                new CoaRecord.Arrival(LocalDate.of(2025, 4, 1), 1), null), known).steps();

        assertThat(steps.register()).isFalse();
        assertThat(steps.placing()).isNull();
        assertThat(steps.joining()).isEqualTo(new CoaRecordRule.Joining(1, LocalDate.of(2025, 4, 1), true, intermediate.id(), false));
        assertThat(steps.status()).isEqualTo(CouplingStatus.COUPLED);
    }

    @Test
    void aReferenceRegisteredWithOtherDataIsRefusedNamingTheCouplingAndWhatDiffers() {
        Known known = known(CouplingStatus.COUPLED, List.of(), List.of());
        CouplingDetails moreChildren = new CouplingDetails(2, 2, HouseholdType.FAMILY, PERMIT, COUPLED, 1, null, null, Set.of());

        Judgement judgement = judge(line(moreChildren, null, null, null), known);

        assertThat(refused(judgement)).containsExactly("line 7: COA-referentie");
        assertThat(judgement.refusals().get(0).reason()).contains(known.id().toString()).contains("minors 1 → 2")
                .contains("corrections");
    }

    @Test
    void neverMorePersonsAreHousedThanCoupledCountingThoseHousedBefore() {
        assertThat(refused(judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 4, null), null, null), null)))
                .containsExactly("line 7: Personen gehuisvest");
        Known partly = known(CouplingStatus.COUPLED, List.of(placed(2, LocalDate.of(2025, 3, 3), null, null)), List.of());
        Judgement judgement = judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 4, 7), 2, null), null, null), partly);
        assertThat(refused(judgement)).containsExactly("line 7: Personen gehuisvest");
        assertThat(judgement.refusals().get(0).reason()).contains("1 of its 3 persons not yet housed");
    }

    @Test
    void theFieldsARuleOfTheSingleWritesRefusesAreNamedByTheirColumns() {
        CouplingDetails twoSingles = new CouplingDetails(2, 0, HouseholdType.SINGLE, PERMIT, PERMIT.minusDays(1), 0, null, null, Set.of());
        assertThat(refused(judge(line(twoSingles, null, null, null), null)))
                .containsExactlyInAnyOrder("line 7: Huishouden", "line 7: Koppeldatum");
        assertThat(refused(judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(COUPLED.minusDays(1), 1, null), null, null), null)))
                .containsExactly("line 7: Datum huisvesting");
        assertThat(refused(judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(TODAY.plusDays(1), 1, null), null, null), null)))
                .containsExactly("line 7: Datum huisvesting");
    }

    @Test
    void familyMembersJoinAHousedReferentOnly() {
        assertThat(refused(judge(line(FAMILY_OF_THREE, null, new CoaRecord.Arrival(LocalDate.of(2025, 4, 1), 1), null), null)))
                .containsExactly("line 7: Datum aankomst nareizigers");
        assertThat(refused(judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 4, 2), 3, null),
                new CoaRecord.Arrival(LocalDate.of(2025, 4, 1), 1), null), null))).containsExactly("line 7: Datum aankomst nareizigers");
    }

    @Test
    void aHouseholdHousedWholeIsNotCancelledAndACancellationIsNotMadeTwiceOtherwise() {
        Judgement housedWhole = judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 3, null), null,
                new CoaRecord.Cancellation(LocalDate.of(2025, 5, 1), CancellationReason.WITHDRAWN)), null);
        assertThat(refused(housedWhole)).containsExactly("line 7: Datum annulering");
        assertThat(housedWhole.refusals().get(0).reason()).contains("HOUSED");

        Known cancelled = new Known(UUID.randomUUID(), ALMELO, ALMELO, FAMILY_OF_THREE, CouplingStatus.CANCELLED,
                LocalDate.of(2025, 5, 1), CancellationReason.WITHDRAWN, List.of(), List.of());
        assertThat(judge(line(FAMILY_OF_THREE, null, null, new CoaRecord.Cancellation(LocalDate.of(2025, 5, 1),
                CancellationReason.WITHDRAWN)), cancelled).steps().changesNothing()).isTrue();
        assertThat(refused(judge(line(FAMILY_OF_THREE, null, null, new CoaRecord.Cancellation(LocalDate.of(2025, 5, 2),
                CancellationReason.WITHDRAWN)), cancelled))).containsExactly("line 7: Datum annulering");
        assertThat(refused(judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 1, null), null, null),
                cancelled))).containsExactly("line 7: Datum huisvesting");
    }

    @Test
    void aCouplingWithAnOpenOfferIsLeftToTheApiWhichSettlesTheOffer() {
        Known offered = known(CouplingStatus.OFFERED, List.of(), List.of());
        assertThat(refused(judge(line(FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 3, null), null, null), offered)))
                .containsExactly("line 7: Datum huisvesting");
        assertThat(judge(line(FAMILY_OF_THREE, null, null, null), offered).steps().changesNothing()).isTrue();
    }

    @Test
    void acrossAMergerOrSplitDateTheLineIsRefusedNamingTheSuccessorOrTheReceivers() {
        Succession succession = Succession.of(List.of(new Succession.Merger("GM0457", "GM0363", LocalDate.of(2025, 1, 1))),
                List.of(new Succession.Split("GM0788", List.of("GM0757", "GM0865"), LocalDate.of(2025, 3, 1))));

        Judgement merged = judge(line("GM0457", FAMILY_OF_THREE, null, null, null), null, succession);
        assertThat(refused(merged)).containsExactly("line 7: Gemeentecode");
        assertThat(merged.refusals().get(0).reason()).contains("GM0363");

        // Coupled before the split and housed after it: nobody houses it until COA divides it.
        Judgement split = judge(line("GM0788", FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 3, null), null, null),
                null, succession);
        assertThat(refused(split)).containsExactly("line 7: Datum huisvesting");
        assertThat(split.refusals().get(0).reason()).contains("GM0757").contains("GM0865");
        Known divided = new Known(UUID.randomUUID(), "GM0788", "GM0865", FAMILY_OF_THREE, CouplingStatus.COUPLED, null, null,
                List.of(), List.of());
        assertThat(judge(line("GM0788", FAMILY_OF_THREE, new CoaRecord.Housing(LocalDate.of(2025, 3, 3), 3, null), null, null),
                divided, succession).steps().placing()).isNotNull();
        // A coupling of the merged municipality from before the merger is housed after it by the one continuing it.
        assertThat(judge(line("GM0457", new CouplingDetails(1, 0, HouseholdType.SINGLE, PERMIT.minusMonths(3),
                COUPLED.minusMonths(3), 0, null, null, Set.of()), new CoaRecord.Housing(LocalDate.of(2025, 2, 3), 1, null), null, null),
                null, succession).refused()).isFalse();
    }
}
