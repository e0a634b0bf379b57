package nl.permitholders.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in the Netherlands: which deadlines have passed and how far a half-year has run. */
@ApplicationScoped
public class Today {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    public LocalDate date() {
        return LocalDate.now(NETHERLANDS);
    }
}
