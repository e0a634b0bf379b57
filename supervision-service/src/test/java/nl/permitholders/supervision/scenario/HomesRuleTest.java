package nl.permitholders.supervision.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.ledger.Couplings;
import org.junit.jupiter.api.Test;

/** From persons to homes by the household mix of the couplings COA made (issue 71, point 2). */
class HomesRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void eachHouseholdNeedsAHomeOfItsKindBySizeAndType() {
        assertThat(HomeKind.of("SINGLE", 1)).isEqualTo(HomeKind.ROOM);
        assertThat(HomeKind.of("FAMILY", 2)).isEqualTo(HomeKind.SMALL_HOME);
        assertThat(HomeKind.of("FAMILY", 3)).isEqualTo(HomeKind.SMALL_HOME);
        assertThat(HomeKind.of("FAMILY", 4)).isEqualTo(HomeKind.FAMILY_HOME);
        assertThat(HomeKind.of("FAMILY", 6)).isEqualTo(HomeKind.FAMILY_HOME);
        assertThat(HomeKind.of("FAMILY", 7)).as("as a LARGE_FAMILY unit requires").isEqualTo(HomeKind.LARGE_FAMILY_HOME);
        assertThat(HomeKind.of(null, 1)).as("a household of one whose type is not known is a single").isEqualTo(HomeKind.ROOM);
        assertThat(HomeKind.of(null, 5)).isEqualTo(HomeKind.FAMILY_HOME);
        assertThat(HomeKind.LARGE_FAMILY_HOME.unitTypes()).containsExactly("LARGE_FAMILY");
        assertThat(HomeKind.ROOM.unitTypes()).containsExactly("ROOM", "SHARED");
    }

    @Test
    void sixtyPersonsByAMixOfTenSinglesAndTenFamiliesOfFiveNeedTenRoomsAndTenFamilyHomes() {
        List<Couplings.Coupling> couplings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            couplings.add(new Couplings.Coupling("s" + i, DAY, 1, "SINGLE"));
            couplings.add(new Couplings.Coupling("f" + i, DAY, 5, "FAMILY"));
        }
        HouseholdMix mix = HouseholdMix.of(couplings);

        assertThat(mix.households()).isEqualTo(20);
        assertThat(mix.persons()).isEqualTo(60);
        assertThat(HomesRule.homes(60, mix)).containsExactlyInAnyOrderEntriesOf(Map.of(HomeKind.ROOM, 10, HomeKind.FAMILY_HOME, 10));
    }

    @Test
    void partOfAHouseholdStillNeedsAWholeHome() {
        HouseholdMix mix = new HouseholdMix(Map.of(HomeKind.ROOM, new HouseholdMix.Households(1, 1),
                HomeKind.FAMILY_HOME, new HouseholdMix.Households(1, 4)));

        // 7 persons: a fifth are singles (1.4 rooms), four fifths in families of 4 (1.4 homes): 2 and 2, rounded up
        assertThat(HomesRule.homes(7, mix)).containsExactlyInAnyOrderEntriesOf(Map.of(HomeKind.ROOM, 2, HomeKind.FAMILY_HOME, 2));
    }

    @Test
    void noPersonsNeedNoHomesAndWithoutAMixThereIsNothingToConvertBy() {
        HouseholdMix mix = new HouseholdMix(Map.of(HomeKind.ROOM, new HouseholdMix.Households(3, 3)));
        assertThat(HomesRule.homes(0, mix)).isEmpty();
        assertThat(HomesRule.homes(-12, mix)).as("a municipality ahead needs no homes").isEmpty();
        assertThat(HomesRule.homes(40, HouseholdMix.none())).isEmpty();
    }

    @Test
    void aProvincesMixIsItsMunicipalitiesTogether() {
        HouseholdMix a = new HouseholdMix(Map.of(HomeKind.ROOM, new HouseholdMix.Households(3, 3)));
        HouseholdMix b = new HouseholdMix(Map.of(HomeKind.ROOM, new HouseholdMix.Households(2, 2),
                HomeKind.LARGE_FAMILY_HOME, new HouseholdMix.Households(1, 8)));

        assertThat(a.plus(b).byKind()).containsExactlyInAnyOrderEntriesOf(Map.of(HomeKind.ROOM, new HouseholdMix.Households(5, 5),
                HomeKind.LARGE_FAMILY_HOME, new HouseholdMix.Households(1, 8)));
    }
}
