package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A helper that reads through the write service (as a letter once read the ladder): a read going through a write. */
@ApplicationScoped
public class BedLetter {

    @Inject
    BedService beds;

    public String text(UUID bedId) {
        return "Bed " + beds.assign(new BedService.AssignBed(bedId)).status();
    }
}
