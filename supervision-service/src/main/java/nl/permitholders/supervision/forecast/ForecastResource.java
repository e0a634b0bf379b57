package nl.permitholders.supervision.forecast;

import nl.permitholders.platform.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

@Path(SupervisionApi.BASE + "/municipalities/{code}/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@ChecksMunicipalityAccess
public class ForecastResource {

    @Inject
    ForecastQueries forecasts;

    @Inject
    Clock clock;


    /** Which forecast without an assumption: the pace alone, or the pace with the action plan and planned capacity. */
    public enum Scenario {
        UNCHANGED_POLICY, WITH_PLAN
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getForecast",
            summary = "The backlog a municipality is heading for at the end of a half-year",
            description = "With assumedHousedPersons (and from, default the current half-year): the backlog carried into "
                    + "'from' plus the quotas and exchanges up to 'until' (exchanges include backlog that exchange agreements transfer "
                    + "in the half-years after 'from') minus the persons assumed housed. Without it, "
                    + "scenario UNCHANGED_POLICY (default): today's backlog plus the quotas to come minus the pace of the last "
                    + "trailingMonths; WITH_PLAN: that, minus what the most recently adopted action plan's measures (planned or "
                    + "in progress) expect in the months left and the places for permit holders planned capacity expects up to "
                    + "'until'. Every answer lists its assumptions and the persons each accounts for. Quotas the Rijk has only "
                    + "announced count as they stand: quotaStatus is PROVISIONAL when any quota counted is (an assumption "
                    + "provisionalQuotas names those half-years), FINAL when all are fixed.")
    public Uni<ForecastView> forecast(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @Parameter(description = "the half-year whose end is forecast", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @QueryParam("until") String untilText,
            @Parameter(description = "first half-year of the assumption; default the current one",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @QueryParam("from") String fromText,
            @QueryParam("assumedHousedPersons") @Min(0) @Max(1_000_000) Integer assumedHousedPersons,
            @QueryParam("trailingMonths") @Min(1) @Max(24) Integer trailingMonths,
            @Parameter(description = "UNCHANGED_POLICY (default) or WITH_PLAN; not with assumedHousedPersons",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"UNCHANGED_POLICY", "WITH_PLAN"},
                            defaultValue = "UNCHANGED_POLICY"))
            @QueryParam("scenario") String scenarioText) {
        LocalDate today = LocalDate.now(clock);
        QueryParams params = new QueryParams();
        Period until = params.required("until", untilText, PeriodParam.REQUIRED, Period::parse);
        Period given = params.optional("from", fromText, Period::parse);
        Scenario scenario = params.enumValue("scenario", scenarioText, Scenario.class);
        params.throwIfAny();
        Period from = given == null ? Period.containing(today) : given;
        if (until.isBefore(from)) {
            throw InvalidInputException.of("until", "must not be before 'from' (" + from + ")");
        }
        if (assumedHousedPersons != null && scenario != null) {
            throw InvalidInputException.of("scenario", "cannot be combined with assumedHousedPersons, which is a scenario of its own");
        }
        int trailing = trailingMonths == null ? Forecast.DEFAULT_TRAILING_MONTHS : trailingMonths;
        if (scenario == Scenario.WITH_PLAN) {
            if (until.isBefore(Period.containing(today))) {
                throw InvalidInputException.of("until", "must not be before the current half-year");
            }
            return forecasts.withPlan(code, until, today, trailing);
        }
        return assumedHousedPersons != null ? forecasts.withAssumption(code, from, until, assumedHousedPersons)
                : forecasts.unchangedPolicy(code, until, today, trailing);
    }
}
