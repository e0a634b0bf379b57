package nl.permitholders.supervision.dashboard;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.coaposition.CoaConvention;
import nl.permitholders.supervision.coaposition.CoaReconciliationQueries;
import nl.permitholders.supervision.coaposition.Reconciliation;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.display.Table;
import nl.permitholders.display.DutchFormat;

/**
 * COA's positions beside the system's figures for a province, as the page shows them and the .xlsx writes them: a row
 * per municipality and reference date, COA's figure, the system's and the difference (COA's minus the system's), the
 * position as COA's file wrote it, and the marks: COA's own figures that do not add up, an adoption (COA's first figure
 * or its revision) and an adoption to review.
 *
 * @param refusals the refused lines of a file just offered, in Dutch
 */
public record ReconciliationPage(String provinceCode, String provinceName, Table table, String today, boolean mayAdopt,
                                 List<DetailPage.Choice> adoptable, int reasonMax, String message, String error, List<String> refusals) {

    /** The value of a choice to adopt the amount COA carried in, after municipality and deadline. */
    public static final String CARRIED_IN = "meegenomen";

    public static final List<String> HEADERS = List.of("Gemeente", "Peildatum", "Stand COA", "Stand systeem", "Verschil stand",
            "Taakstelling inclusief achterstand COA", "Taakstelling inclusief achterstand systeem", "Verschil taakstelling inclusief achterstand",
            "Afgemeld COA", "Gehuisvest systeem", "Verschil gehuisvest", "Afstemming", "Stand COA overgenomen", "Ingelezen",
            "Halfjaar", "Stand zoals het COA schrijft", "Stand COA wijkt af van eigen cijfers", "Te herbeoordelen");

    public static Table table(String provinceName, List<CoaReconciliationQueries.Line> lines) {
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
                    Cell.text(adopted(line)),
                    Cell.date(line.importedAt().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate()),
                    Cell.text(Dashboard.dutchPeriod(r.period())),
                    Cell.number(r.stand()),
                    r.standDiffers() ? Cell.styled(standDiffers(r), "verschil") : Cell.text(""),
                    line.toReview() ? Cell.styled(DetailPage.TO_REVIEW, "verschil") : Cell.text("")));
        }).toList();
        return Table.of("afstemming-coa", "Standen van het COA naast de eigen cijfers, " + provinceName, HEADERS, rows);
    }

    /** "per 1 januari 2025" for COA's first figure, "per 1 januari 2025 (herziening)" for the amount COA carried in. */
    private static String adopted(CoaReconciliationQueries.Line line) {
        if (line.revisesAdoption()) {
            return "herziet de overname per " + DutchFormat.date(line.deadline()) + " (ander cijfer dan overgenomen)";
        }
        if (!line.isAdopted()) {
            return "";
        }
        return "per " + DutchFormat.date(line.deadline()) + (line.adopted().revision() ? " (herziening)" : "");
    }

    /** COA's own adjusted quota minus housed beside its Stand: "8.934 − 6.372 = 2.562, COA schrijft 2.540". */
    private static String standDiffers(Reconciliation r) {
        int backlog = r.coa().adjustedQuota() - r.coa().housed();
        return DutchFormat.number(r.coa().adjustedQuota()) + " − " + DutchFormat.number(r.coa().housed()) + " = "
                + DutchFormat.number(backlog) + ", COA schrijft " + DutchFormat.number(r.coa().position()) + " (verschil "
                + DutchFormat.number(r.standDifference()) + ")";
    }

    /**
     * The figures province staff may adopt from the form: COA's end position at a deadline that has come
     * ({@code <municipality>/<deadline>}), from its line on the deadline or the day before, and the amount COA carried
     * into a half-year whose deadline has come where it differs from the system's
     * ({@code <municipality>/<deadline>/meegenomen}), from its latest line of that half-year; not those adopted already,
     * unless the adoption is to review (adopting again confirms it).
     */
    public static List<DetailPage.Choice> adoptable(List<CoaReconciliationQueries.Line> lines, LocalDate today) {
        Map<String, DetailPage.Choice> choices = new LinkedHashMap<>();
        for (CoaReconciliationQueries.Line line : lines) {
            Reconciliation r = line.reconciliation();
            LocalDate date = r.referenceDate();
            String name = line.municipalityName() != null ? line.municipalityName() : r.municipalityCode();
            LocalDate endOf = CoaConvention.isDeadline(date) ? date : date.plusDays(1);
            if (CoaConvention.isDeadline(endOf) && !endOf.isAfter(today) && (line.adopted() != AdoptedFigure.END_POSITION || line.toReview())) {
                choices.putIfAbsent(r.municipalityCode() + "/" + endOf, new DetailPage.Choice(r.municipalityCode() + "/" + endOf,
                        name + ", stand per " + DutchFormat.date(date) + ": COA " + DutchFormat.number(r.coa().position())
                                + ", systeem " + DutchFormat.number(r.system().position())));
            }
            LocalDate startedOn = r.period().firstDay();
            int coaCarried = r.coa().adjustedQuota() - r.coa().quota();
            int systemCarried = r.system().adjustedQuota() - r.system().quota();
            if (!date.equals(startedOn) && !startedOn.isAfter(today) && coaCarried != systemCarried
                    && (line.adopted() != AdoptedFigure.CARRIED_IN || line.toReview())) {
                String value = r.municipalityCode() + "/" + startedOn + "/" + CARRIED_IN;
                choices.putIfAbsent(value, new DetailPage.Choice(value, name + ", herziening: meegenomen in het "
                        + Dashboard.dutchPeriod(r.period()) + " volgens de peildatum " + DutchFormat.date(date) + ": COA "
                        + DutchFormat.number(coaCarried) + ", systeem " + DutchFormat.number(systemCarried)));
            }
        }
        return new ArrayList<>(choices.values());
    }

    private static Cell difference(int value) {
        return new Cell(value, DutchFormat.number(value), value == 0 ? "getal" : "getal verschil");
    }
}
