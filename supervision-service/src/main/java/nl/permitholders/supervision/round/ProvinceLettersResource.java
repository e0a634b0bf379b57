package nl.permitholders.supervision.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A province's supervision round at a deadline: where the judgement letter of each of its municipalities stands, in
 * one answer (the round's list), rather than a call per municipality.
 */
@Path(SupervisionApi.BASE + "/provinces/{code}/letters/{deadline}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision round")
public class ProvinceLettersResource {

    @Inject
    LetterService book;
    @Inject
    LetterRoundService round;
    @Inject
    FiguresQueries figures;
    @Inject
    ProvinceLettersQueries provinces;
    @Inject
    Caller caller;

    @Schema(requiredProperties = {"provinceCode", "deadline", "period", "letters"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProvinceLettersView(String provinceCode, @Schema(description = "the province's name; absent when not known")
                                      String provinceName, LocalDate deadline,
                                      @Schema(description = "the half-year the deadline ends") String period,
                                      @Schema(description = "every municipality of the province that exists in the half-year (not "
                                              + "merged into another or split by then), in code order") List<LetterLine> letters) {
    }

    @Schema(requiredProperties = {"municipalityCode", "state", "next"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LetterLine(String municipalityCode, String municipalityName,
                             @Schema(description = "DRAFT until province staff record another") LetterState state,
                             @Schema(description = "who recorded the state; absent while nobody did") String changedBy,
                             @Schema(description = "when; absent while nobody recorded a state") Instant changedAt,
                             @Schema(description = "the states the letter may be put in next (POST .../letters/{deadline}/states)")
                             List<LetterState> next) {

        static LetterLine of(FiguresView town, StateChange latest) {
            LetterState state = latest == null ? LetterState.DRAFT : latest.state();
            return new LetterLine(town.municipalityCode(), town.municipalityName(), state, latest == null ? null : latest.changedBy(),
                    latest == null ? null : latest.changedAt(), Arrays.stream(LetterState.values())
                    .filter(candidate -> candidate != state && state.refusalOf(candidate).isEmpty()).toList());
        }
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(operationId = "listProvinceLetters",
            summary = "The state of every judgement letter of the province's municipalities about a deadline",
            description = "deadline is 1 January or 1 July, passed (else 400 naming deadline). Per municipality that exists in "
                    + "the half-year the deadline ends: the letter's state (DRAFT until another is recorded), who recorded it and "
                    + "when, and the states it may be put in next; the history and the sent letter are GET /municipalities/{code}/letters/{deadline}/state. The Rijk "
                    + "and the province's own staff.")
    public Uni<ProvinceLettersView> letters(
            @PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("deadline") String deadlineText) {
        return caller.requireProvince(code).chain(() -> {
            Period period = round.deadline("deadline", deadlineText);
            return provinces.provinceName(code).flatMap(province -> figures.ofProvince(code, period, null)
                    .map(all -> all.stream().filter(f -> !f.ceased()).map(FiguresQueries.MunicipalityFigures::figures).toList())
                    .flatMap(towns -> book.latest(towns.stream().map(FiguresView::municipalityCode).toList(), period.deadline())
                            .map(latest -> new ProvinceLettersView(code, province.orElse(null), period.deadline(),
                                    period.toString(), towns.stream().map(t -> LetterLine.of(t, latest.get(t.municipalityCode()))).toList()))));
        });
    }
}
