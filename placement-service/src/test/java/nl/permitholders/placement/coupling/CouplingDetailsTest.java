package nl.permitholders.placement.coupling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouplingDetailsTest {

    private static final LocalDate PERMIT = LocalDate.of(2024, 1, 10);
    private static final LocalDate COUPLED = LocalDate.of(2024, 1, 24);

    @Test
    void absentOptionalValuesMeanNoneSoARepeatedRegistrationIsTheSame() {
        CouplingDetails sparse = CouplingDetails.of(2, 1, HouseholdType.FAMILY, PERMIT, COUPLED, null, null, null, null);
        CouplingDetails explicit = CouplingDetails.of(2, 1, HouseholdType.FAMILY, PERMIT, COUPLED, 0, null, null, Set.of());
        assertThat(sparse).isEqualTo(explicit);
        assertThat(sparse.needsWheelchairAccess()).isFalse();
    }

    @Test
    void aCorrectionSaysWhatChanged() {
        CouplingDetails before = CouplingDetails.of(2, 1, HouseholdType.FAMILY, PERMIT, COUPLED, 0, null, null, null);
        CouplingDetails after = CouplingDetails.of(2, 2, HouseholdType.FAMILY, PERMIT, COUPLED, 1, ReceptionRegion.EAST, true,
                Set.of(SpecialNeed.WHEELCHAIR_ACCESSIBLE));
        assertThat(after.changesFrom(before)).containsExactly("minors 1 → 2", "expectedReunificationPersons 0 → 1",
                "receptionRegion null → EAST", "ownRegion null → true", "specialNeeds [] → [WHEELCHAIR_ACCESSIBLE]");
        assertThat(after.changesFrom(after)).isEmpty();
        assertThat(after.persons()).isEqualTo(4);
        assertThat(after.needsWheelchairAccess()).isTrue();
    }
}
