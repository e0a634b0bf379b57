package nl.permitholders.housingstock.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class UnitRulesTest {

    @Test
    void aRegularHomeForFourIsFine() {
        assertThat(refusals(UnitType.REGULAR, 4)).isEmpty();
    }

    @Test
    void everyUnitHoldsAtLeastOneAndAtMostAHundred() {
        assertThat(refusals(UnitType.REGULAR, 0)).containsExactly("capacity must be between 1 and 100");
        assertThat(refusals(UnitType.ROOM, -3)).containsExactly("capacity must be between 1 and 100");
        assertThat(refusals(UnitType.INTERMEDIATE, 101)).containsExactly("capacity must be between 1 and 100");
        assertThat(refusals(UnitType.ROOM, 1)).isEmpty();
        assertThat(refusals(UnitType.INTERMEDIATE, 100)).isEmpty();
    }

    @Test
    void aLargeFamilyHomeHoldsSevenOrMore() {
        assertThat(refusals(UnitType.LARGE_FAMILY, 4))
                .containsExactly("capacity must be at least 7 persons for a LARGE_FAMILY unit");
        assertThat(refusals(UnitType.LARGE_FAMILY, 6)).hasSize(1);
        assertThat(refusals(UnitType.LARGE_FAMILY, 7)).isEmpty();
    }

    @Test
    void aSharedDwellingCountsRoomsAndHasAtLeastTwo() {
        assertThat(refusals(UnitType.SHARED, 1))
                .containsExactly("capacity counts rooms for a SHARED unit and must be at least 2");
        assertThat(refusals(UnitType.SHARED, 2)).isEmpty();
    }

    @Test
    void aFlexHomeOrRoomMayHoldOnePerson() {
        assertThat(refusals(UnitType.FLEX, 1)).isEmpty();
        assertThat(refusals(UnitType.ROOM, 1)).isEmpty();
    }

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 27);

    private static UnitDetails unit(UnitType type, int capacity, LocalDate temporaryUntil, String neighbourhoodCode) {
        return new UnitDetails(OwnerType.CORPORATION, "GM0141", neighbourhoodCode, type, capacity, null, temporaryUntil);
    }

    @Test
    void aFlexHomeOrIntermediateFacilityMaySayUntilWhen() {
        assertThat(refusals(unit(UnitType.FLEX, 2, LocalDate.of(2030, 12, 31), null), null)).isEmpty();
        assertThat(refusals(unit(UnitType.INTERMEDIATE, 40, TODAY, null), null)).isEmpty();
        assertThat(refusals(unit(UnitType.FLEX, 2, null, null), null)).isEmpty();
    }

    @Test
    void onlyTemporaryHomesHaveAnEndDate() {
        assertThat(refusals(unit(UnitType.REGULAR, 4, LocalDate.of(2030, 1, 1), null), null))
                .containsExactly("temporaryUntil applies only to FLEX and INTERMEDIATE units, not to REGULAR");
    }

    @Test
    void anEndDateInThePastIsRefusedUnlessItWasAlreadyRegistered() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(refusals(unit(UnitType.FLEX, 2, yesterday, null), null)).containsExactly("temporaryUntil must not be in the past");
        UnitDetails registered = unit(UnitType.FLEX, 2, yesterday, null);
        assertThat(refusals(unit(UnitType.FLEX, 3, yesterday, null), registered)).isEmpty();
        assertThat(refusals(unit(UnitType.FLEX, 2, yesterday.minusDays(1), null), registered))
                .containsExactly("temporaryUntil must not be in the past");
    }

    @Test
    void aNeighbourhoodLiesInTheUnitsMunicipality() {
        assertThat(refusals(unit(UnitType.REGULAR, 4, null, "WK014101"), null)).isEmpty();
        assertThat(refusals(unit(UnitType.REGULAR, 4, null, "BU01410105"), null)).isEmpty();
        assertThat(refusals(unit(UnitType.REGULAR, 4, null, "WK015301"), null)).singleElement()
                .asString().startsWith("neighbourhoodCode WK015301 does not lie in municipality GM0141");
    }

    @Test
    void everyViolationIsListed() {
        assertThat(refusals(unit(UnitType.SHARED, 1, LocalDate.of(2020, 1, 1), "WK015301"), null)).hasSize(3);
    }

    @Test
    void onlySharedDwellingsAndIntermediateFacilitiesHouseSeveralHouseholds() {
        assertThat(UnitType.SHARED.housesSeveralHouseholds()).isTrue();
        assertThat(UnitType.INTERMEDIATE.housesSeveralHouseholds()).isTrue();
        assertThat(UnitType.REGULAR.housesSeveralHouseholds()).isFalse();
        assertThat(UnitType.ROOM.housesSeveralHouseholds()).isFalse();
    }

    private static List<String> refusals(UnitDetails proposed, UnitDetails current) {
        return UnitRules.check(proposed, current, TODAY).list().stream().map(p -> p.name() + " " + p.reason()).toList();
    }

    /** The refusals as "name reason"; Violations only shows them by throwing. */
    private static List<String> refusals(UnitType type, int capacity) {
        try {
            UnitRules.check(type, capacity).throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.invalidParams().stream().map(p -> p.name() + " " + p.reason()).toList();
        }
    }
}
