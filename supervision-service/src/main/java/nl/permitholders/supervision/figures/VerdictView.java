package nl.permitholders.supervision.figures;

import java.time.LocalDate;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The verdict at the half-year's deadline (R7), with what it rests on; {@code coupledUnhousedAtReferenceDate}
 * includes {@code recoupledAfterTheClockAtReferenceDate} ({@link nl.permitholders.supervision.ledger.CancellationRule}).
 */
@Schema(requiredProperties = {"deadline", "referenceDate", "stillToHouseAtReferenceDate",
        "coupledUnhousedAtReferenceDate", "recoupledAfterTheClockAtReferenceDate", "couplingDeficit"})
public record VerdictView(Verdict verdict, LocalDate deadline, LocalDate referenceDate, int stillToHouseAtReferenceDate,
                          int coupledUnhousedAtReferenceDate, int recoupledAfterTheClockAtReferenceDate, int couplingDeficit) {
    static VerdictView of(DeadlineJudge.Judgement j) {
        return new VerdictView(j.verdict(), j.deadline(), j.referenceDate(), j.stillToHouseAtReferenceDate(),
                j.coupledUnhousedAtReferenceDate(), j.recoupledAfterTheClockAtReferenceDate(), j.couplingDeficit());
    }
}
