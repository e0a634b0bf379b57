package nl.permitholders.infrastructure.clinic.intake;

import java.util.UUID;
import nl.permitholders.infrastructure.clinic.bed.Bed;

/** An admission to a bed: the intake package reads the bed package, one way. */
public record Admission(UUID patientId, UUID bedId) {

    public static Admission to(UUID patientId, Bed bed) {
        return new Admission(patientId, bed.id);
    }
}
