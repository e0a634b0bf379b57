package nl.permitholders.supervision.timeline;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.Today;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

@Path(SupervisionApi.BASE + "/municipalities/{code}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@ChecksMunicipalityAccess
public class TimelineResource {

    /** At most twenty years in one answer. */
    static final int MAX_HALF_YEARS = 40;

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    Today today;

    public record DeadlineView(String period, LocalDate deadline, boolean passed, int adjustedQuota, int housed, int backlog) {
    }

    public record MonthView(YearMonth month, int housed) {
    }

    public record TimelineView(String code, String name, String from, String until, List<DeadlineView> deadlines, List<MonthView> months) {
        static TimelineView of(String code, String name, Period from, Period until, Timeline t) {
            return new TimelineView(code, name, from.toString(), until.toString(),
                    t.deadlines().stream().map(d -> new DeadlineView(d.period().toString(), d.deadline(), d.passed(), d.adjustedQuota(),
                            d.housed(), d.backlog())).toList(),
                    t.months().stream().map(m -> new MonthView(m.month(), m.housed())).toList());
        }
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(summary = "A municipality's backlog at every deadline and persons housed per month over the years",
            description = "From 'from' (default: the first half-year of its ledger) up to 'until' (default: the current half-year, or the first if that is later). "
                    + "A half-year whose deadline has not passed shows the position so far (passed = false). Stops at a merger (R3).")
    public Uni<TimelineView> municipality(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @Parameter(description = "first half-year, yyyy-Hn") @QueryParam("from") String fromText,
            @Parameter(description = "last half-year, yyyy-Hn") @QueryParam("until") String untilText) {
        LocalDate now = today.date();
        Optional<Period> fromParam = optionalPeriod("from", fromText);
        Optional<Period> untilParam = optionalPeriod("until", untilText);
        return ledgers.of(code).map(known -> {
            Period current = Period.containing(now);
            Period from = fromParam.orElse(known.ledger().start().orElse(current));
            // A ledger may start in a later half-year (its quota is known ahead): the default runs up to there at least.
            Period until = untilParam.orElse(from.isBefore(current) ? current : from);
            checkRange(from, until);
            return TimelineView.of(code, known.municipality() == null ? null : known.municipality().name, from, until,
                    Timeline.of(known.ledger(), from, until, now, known.mergedFrom()));
        });
    }

    static Optional<Period> optionalPeriod(String name, String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(PeriodParam.parse(name, text));
    }

    static void checkRange(Period from, Period until) {
        if (until.isBefore(from)) {
            throw InvalidInputException.of("until", "must not be before 'from' (" + from + ")");
        }
        int halfYears = (until.year() - from.year()) * 2 + until.half() - from.half() + 1;
        if (halfYears > MAX_HALF_YEARS) {
            throw InvalidInputException.of("from", "at most " + MAX_HALF_YEARS + " half-years at once; give a later 'from'");
        }
    }
}
