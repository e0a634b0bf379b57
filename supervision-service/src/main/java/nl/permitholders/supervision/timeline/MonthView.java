package nl.permitholders.supervision.timeline;

import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Persons housed in a month; {@code month} as yyyy-mm, the way Jackson writes a YearMonth. */
@Schema(requiredProperties = {"month", "housed"})
public record MonthView(
        @Schema(implementation = String.class, pattern = "^\\d{4}-(0[1-9]|1[0-2])$", example = "2024-03") YearMonth month,
        int housed) {
}
