package nl.permitholders.quota.quota;

import java.time.LocalDate;
import nl.permitholders.platform.api.InvalidInputException;

/** The date the Rijk published a quota: a date that has been, or not known (null). */
public final class PublicationDate {

    private PublicationDate() {
    }

    /** Refuses a publication date after today, naming {@code field}. */
    public static void check(String field, LocalDate publishedOn) {
        if (publishedOn != null && publishedOn.isAfter(LocalDate.now())) {
            throw InvalidInputException.of(field, "is after today; the date the Rijk published the figure has been");
        }
    }
}
