package nl.permitholders.housingstock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in the Netherlands, against which "in the past" and "in the future" are judged. */
@ApplicationScoped
public class Today {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    public LocalDate date() {
        return LocalDate.now(NETHERLANDS);
    }
}
