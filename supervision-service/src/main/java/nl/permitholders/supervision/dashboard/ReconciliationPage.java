package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Table.Cell;
import static nl.permitholders.supervision.dashboard.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.coaposition.CoaReconciliations;
import nl.permitholders.supervision.coaposition.Reconciliation;

/**
 * COA's positions beside the system's figures for a province, as the page shows them and the .xlsx writes them: a row
 * per municipality and reference date, COA's figure, the system's and the difference (COA's minus the system's).
 */
public record ReconciliationPage(String provinceCode, String provinceName, Table table, String today, boolean mayAdopt,
                                 List<DetailPage.Choice> adoptable, int reasonMax, String message, String error) {

    public static final List<String> HEADERS = List.of("Gemeente", "Peildatum", "Stand COA", "Stand systeem", "Verschil stand",
            "Taakstelling inclusief achterstand COA", "Taakstelling inclusief achterstand systeem", "Verschil taakstelling inclusief achterstand",
            "Afgemeld COA", "Gehuisvest systeem", "Verschil gehuisvest", "Afstemming", "Stand COA overgenomen", "Ingelezen");

    public static Table table(String provinceName, List<CoaReconciliations.Line> lines) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = lines.stream().map(line -> {
            Reconciliation r = line.reconciliation();
            String name = line.municipalityName() != null ? line.municipalityName() : r.municipalityCode();
            return new Row(r.municipalityCode() + "-" + r.referenceDate(), "/dashboard/gemeenten/" + r.municipalityCode(), List.of(
                    Cell.text(name), Cell.date(r.referenceDate()),
                    Cell.number(r.coa().position()), Cell.number(r.system().position()), difference(r.difference().position()),
                    Cell.number(r.coa().adjustedQuota()), Cell.number(r.system().adjustedQuota()), difference(r.difference().adjustedQuota()),
                    Cell.number(r.coa().housed()), Cell.number(r.system().housed()), difference(r.difference().housed()),
                    Cell.styled(labels.reconciled(r.agrees()), r.agrees() ? "gelijk" : "verschil"),
                    Cell.text(line.adopted() ? "per " + DutchFormat.date(r.referenceDate().plusDays(1)) : ""),
                    Cell.date(line.importedAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate())));
        }).toList();
        return Table.of("afstemming-coa", "Standen van het COA naast de eigen cijfers, " + provinceName, HEADERS, rows);
    }

    /**
     * The positions province staff may adopt from the form, as {@code <municipality>/<deadline>}: COA's position on the
     * day before a deadline that has come, not adopted yet.
     */
    public static List<DetailPage.Choice> adoptable(List<CoaReconciliations.Line> lines, LocalDate today) {
        return lines.stream().filter(line -> !line.adopted()).filter(line -> {
            LocalDate deadline = line.reconciliation().referenceDate().plusDays(1);
            return Period.containing(deadline).firstDay().equals(deadline) && !deadline.isAfter(today);
        }).map(line -> {
            Reconciliation r = line.reconciliation();
            String name = line.municipalityName() != null ? line.municipalityName() : r.municipalityCode();
            return new DetailPage.Choice(r.municipalityCode() + "/" + r.referenceDate().plusDays(1), name + ", stand per "
                    + DutchFormat.date(r.referenceDate()) + ": COA " + DutchFormat.number(r.coa().position()) + ", systeem "
                    + DutchFormat.number(r.system().position()));
        }).toList();
    }

    private static Cell difference(int value) {
        return new Cell(value, DutchFormat.number(value), value == 0 ? "getal" : "getal verschil");
    }
}
