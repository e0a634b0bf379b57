package nl.permitholders.placement.reunification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.LocalDate;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReunificationRuleTest {

    private static final LocalDate HOUSED = LocalDate.of(2025, 2, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void familyMembersJoinAHousedReferent() {
        assertDoesNotThrow(() -> ReunificationRule.check(2, HOUSED, HOUSED, TODAY));
        assertDoesNotThrow(() -> ReunificationRule.check(2, TODAY, HOUSED, TODAY));
        assertThatThrownBy(() -> ReunificationRule.check(2, TODAY, null, TODAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ReunificationRule.check(2, HOUSED.minusDays(1), HOUSED, TODAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void atLeastOnePersonArrivesAndNotInTheFuture() {
        assertThatThrownBy(() -> ReunificationRule.check(0, HOUSED, HOUSED, TODAY)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReunificationRule.check(1, TODAY.plusDays(1), HOUSED, TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void familyMembersJoiningSomeoneInTemporaryHousingAreInTemporaryHousingToo() {
        assertThat(ReunificationRule.joinInTemporaryHousing(true, null, TODAY)).isTrue();
        assertThat(ReunificationRule.joinInTemporaryHousing(true, TODAY, TODAY.minusDays(1)))
                .as("arrived before the referent's persons moved on: they moved on with them").isTrue();
    }

    @Test
    void familyMembersJoiningSomeoneInRegularOrFollowUpHousingNeedNoFollowUpHousing() {
        assertThat(ReunificationRule.joinInTemporaryHousing(false, null, TODAY)).isFalse();
        assertThat(ReunificationRule.joinInTemporaryHousing(null, null, TODAY)).as("kind of housing unknown").isFalse();
        assertThat(ReunificationRule.joinInTemporaryHousing(true, TODAY, TODAY)).as("arrived the day they moved on").isFalse();
        assertThat(ReunificationRule.joinInTemporaryHousing(true, HOUSED.plusDays(10), TODAY)).isFalse();
    }
}
