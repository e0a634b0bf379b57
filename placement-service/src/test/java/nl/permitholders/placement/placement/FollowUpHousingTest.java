package nl.permitholders.placement.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class FollowUpHousingTest {

    private static final LocalDate HOUSED = LocalDate.of(2025, 2, 10);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void onlyAnIntermediateFacilityIsTemporaryHousingByDefault() {
        FollowUpHousing rule = FollowUpHousing.onlyIntermediateFacilities();
        assertThat(rule.needsFollowUp(UnitType.INTERMEDIATE)).isTrue();
        assertThat(rule.needsFollowUp(UnitType.FLEX)).as("a flex home is regular housing").isFalse();
        for (UnitType regular : new UnitType[] {UnitType.REGULAR, UnitType.SHARED, UnitType.ROOM, UnitType.LARGE_FAMILY}) {
            assertThat(rule.needsFollowUp(regular)).as(regular.name()).isFalse();
        }
    }

    @Test
    void whereConfiguredSoAFlexHomeIsTemporaryHousingToo() {
        FollowUpHousing rule = FollowUpHousing.intermediateFacilitiesAndFlexHomes();
        assertThat(rule.needsFollowUp(UnitType.FLEX)).isTrue();
        assertThat(rule.needsFollowUp(UnitType.INTERMEDIATE)).isTrue();
        assertThat(rule.needsFollowUp(UnitType.REGULAR)).isFalse();
    }

    @Test
    void withoutAKindOfHousingNobodyKnowsWhetherItIsTemporary() {
        assertThat(FollowUpHousing.onlyIntermediateFacilities().needsFollowUp(null)).isNull();
    }

    @Test
    void personsInTemporaryHousingMayMoveOnFromTheDayTheyWereHousedUntilToday() {
        assertThatNoException().isThrownBy(() -> FollowUpHousing.checkMoveOn(true, HOUSED, null, null, HOUSED, TODAY));
        assertThatNoException().isThrownBy(() -> FollowUpHousing.checkMoveOn(true, HOUSED, null, null, TODAY, TODAY));
    }

    @Test
    void nobodyMovesOnInTheFutureOrBeforeTheyWereHoused() {
        assertThatThrownBy(() -> FollowUpHousing.checkMoveOn(true, HOUSED, null, null, TODAY.plusDays(1), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("movedOn");
        assertThatThrownBy(() -> FollowUpHousing.checkMoveOn(true, HOUSED, null, null, HOUSED.minusDays(1), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("movedOn");
    }

    @Test
    void onlyPersonsInTemporaryHousingMoveOnAndOnlyOnce() {
        assertThatThrownBy(() -> FollowUpHousing.checkMoveOn(false, HOUSED, null, null, TODAY, TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not in temporary housing");
        assertThatThrownBy(() -> FollowUpHousing.checkMoveOn(null, HOUSED, null, null, TODAY, TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not in temporary housing");
        assertThatThrownBy(() -> FollowUpHousing.checkMoveOn(true, HOUSED, null, HOUSED.plusMonths(1), TODAY, TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already");
    }

    @Test
    void aRevokedPlacementNeverCountedSoNobodyMovesOnFromIt() {
        assertThatThrownBy(() -> FollowUpHousing.checkMoveOn(true, HOUSED, HOUSED.plusDays(3), null, TODAY, TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("REVOKED");
    }

    @Test
    void familyMembersWhoJoinedThemThereMoveOnWithThemSoNotBeforeTheyJoined() {
        LocalDate joined = HOUSED.plusMonths(2);
        assertThatThrownBy(() -> FollowUpHousing.checkMoveOn(true, HOUSED, null, null, joined, joined.minusDays(1), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("movedOn")
                .hasMessageContaining("when family members joined them in the temporary housing");
        assertThatNoException().isThrownBy(() -> FollowUpHousing.checkMoveOn(true, HOUSED, null, null, joined, joined, TODAY));
    }
}
