package nl.permitholders.infrastructure.clinic.bed;

import java.util.List;
import nl.permitholders.infrastructure.clinic.intake.Admission;

/** Broken: imports the intake package, which imports this one: a package cycle. */
public final class AdmittedBeds {

    private AdmittedBeds() {
    }

    public static long of(List<Admission> admissions) {
        return admissions.stream().map(Admission::bedId).distinct().count();
    }
}
