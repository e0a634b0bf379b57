package nl.permitholders.supervision.coaposition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A line of COA's file whose figure at a deadline differs from what counts for the municipality there now: the latest
 * import of the province with a line for the municipality in the figure's reference dates, beside the position judged
 * (END_POSITION) or carried in (CARRIED_IN) now and the system's own arithmetic. Province staff confirm it (adopt it, in
 * one step with the others they confirm) or leave it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"municipalityCode", "importId", "line", "referenceDate", "figure", "coaFigure", "countsNow",
        "ownArithmetic", "difference", "adoptable"})
public record CoaDifference(String municipalityCode, String municipalityName, UUID importId, int line, LocalDate referenceDate,
                            AdoptedFigure figure,
                            @Schema(description = "COA's figure on this line as a backlog (negative: a lead): its Stand for "
                                    + "END_POSITION, Gecorrigeerde taakstelling - Taakstelling for CARRIED_IN")
                            int coaFigure,
                            @Schema(description = "what counts for the municipality at the deadline now: the position judged "
                                    + "there (END_POSITION) or the backlog carried into the half-year starting there (CARRIED_IN), "
                                    + "COA's figure where one is adopted already")
                            int countsNow,
                            @Schema(description = "the system's own arithmetic at the deadline, without any adoption of COA's figures")
                            int ownArithmetic,
                            @Schema(description = "coaFigure minus countsNow: what adopting this line moves") int difference,
                            @Schema(description = "whether the line can be adopted; false with refusal saying why")
                            boolean adoptable,
                            @Schema(description = "why the line cannot be adopted; absent when it can") String refusal) {
}
