package nl.permitholders.supervision.timeline;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The half-years a timeline covers, as the query asks them: each bound optional, a bad one a 400 naming it. */
public class HalfYearRange {

    @Parameter(description = "first half-year, yyyy-Hn", schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
    @QueryParam("from")
    String from;

    @Parameter(description = "last half-year, yyyy-Hn", schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
    @QueryParam("until")
    String until;

    Optional<Period> from() {
        return optional("from", from);
    }

    Optional<Period> until() {
        return optional("until", until);
    }

    private static Optional<Period> optional(String name, String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(PeriodParam.parse(name, text));
    }
}
