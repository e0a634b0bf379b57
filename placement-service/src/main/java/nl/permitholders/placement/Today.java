package nl.permitholders.placement;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in the Netherlands: dates after it are in the future and refused. */
@ApplicationScoped
public class Today {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    public LocalDate date() {
        return LocalDate.now(NETHERLANDS);
    }
}
