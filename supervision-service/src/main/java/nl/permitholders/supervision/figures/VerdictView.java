package nl.permitholders.supervision.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The verdict at the half-year's deadline (R7), with what it rests on; {@code coupledUnhousedAtReferenceDate}
 * includes {@code recoupledAfterTheClockAtReferenceDate} ({@link nl.permitholders.supervision.ledger.CancellationRule}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"deadline", "referenceDate", "backlog", "ownBacklog", "stillToHouseAtReferenceDate",
        "coupledUnhousedAtReferenceDate", "recoupledAfterTheClockAtReferenceDate", "couplingDeficit"})
public record VerdictView(Verdict verdict, LocalDate deadline, LocalDate referenceDate,
                          @Schema(description = "the position judged at the deadline: COA's end position where province staff "
                                  + "adopted it there (coaEndPosition), else the system's figures")
                          int backlog,
                          @Schema(description = "the system's own arithmetic at the deadline, without any adoption of COA's figures")
                          int ownBacklog,
                          @Schema(description = "COA's end position adopted at the deadline, which is the position judged; absent when none was adopted")
                          Integer coaEndPosition,
                          @Schema(description = "backlog minus ownBacklog: what adoptions of COA's figures moved; absent when nothing did")
                          Integer difference,
                          int stillToHouseAtReferenceDate,
                          int coupledUnhousedAtReferenceDate, int recoupledAfterTheClockAtReferenceDate, int couplingDeficit) {
    static VerdictView of(DeadlineJudge.Judgement j) {
        return new VerdictView(j.verdict(), j.deadline(), j.referenceDate(), j.backlog(), j.ownBacklog(), j.coaEndPosition().orElse(null),
                j.difference() == 0 ? null : j.difference(), j.stillToHouseAtReferenceDate(),
                j.coupledUnhousedAtReferenceDate(), j.recoupledAfterTheClockAtReferenceDate(), j.couplingDeficit());
    }
}
