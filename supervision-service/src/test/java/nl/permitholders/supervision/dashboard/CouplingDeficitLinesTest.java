package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.display.Table.Cell;
import nl.permitholders.display.Table.Row;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.figures.LedgerLine;
import nl.permitholders.supervision.figures.PlannedCapacityView;
import nl.permitholders.supervision.figures.VerdictView;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The detail page (and its exports) explain the coupling deficit (R7) and say why each coupling was cancelled. In the
 * application, for the Dutch names come from its message bundle ({@link Labels}).
 */
@QuarkusTest
class CouplingDeficitLinesTest {

    @Test
    void theFiguresShowTheDeficitAndThePersonsRecoupledAwayAfterTheirTwelveWeeks() {
        VerdictView verdict = new VerdictView(Verdict.NOT_MET, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 4, 1), 25, 25, null, null, 20, 10, 10, 10);
        FiguresView figures = new FiguresView("GM0141", "Almelo", "PV21", "2025-H1", null, 0, 20, null, 0, 20, 0, 20, 20, 20, 10, 1, 10, 0,
                new PlannedCapacityView(0, List.of()), 0, verdict, null);

        assertThat(DetailPage.figures(figures, Optional.empty()).rows()).map(CouplingDeficitLinesTest::values).contains(
                List.of("Nog te huisvesten op de COA-peildatum", 20),
                List.of("Gekoppeld, niet gehuisvest op de COA-peildatum", 10),
                List.of("waarvan na 12 weken elders gekoppeld (telt als tekort van de gemeente)", 10),
                List.of("Koppelingstekort (verschoonbaar deel)", 10));
    }

    @Test
    void theLedgerSaysWhyEachCouplingWasCancelled() {
        List<LedgerLine> lines = List.of(
                new LedgerLine(EntryKind.CANCELLED, "t", UUID.randomUUID(), null, LocalDate.of(2025, 3, 10), 10, null, "c1",
                        CancellationReason.RECOUPLED, null, null, null, null, null),
                new LedgerLine(EntryKind.CANCELLED, "t", UUID.randomUUID(), null, LocalDate.of(2025, 3, 10), 6, null, "c2",
                        CancellationReason.WITHDRAWN, null, null, null, null, null));

        assertThat(DetailPage.ledger(lines).rows()).map(row -> values(row).get(0)).containsExactly(
                "koppeling vervallen: elders gekoppeld", "koppeling vervallen: ingetrokken door het COA");
    }

    private static List<Object> values(Row row) {
        return row.cells().stream().map(Cell::value).toList();
    }
}
