package nl.permitholders.dashboard.reconciliation;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.api.Reconciliation;
import nl.permitholders.dashboard.api.Reconciliation.AdoptedFigure;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.Table;

/**
 * COA's positions beside the system's figures for a province, as the page shows them and the .xlsx writes them
 * (supervision's getCoaReconciliation): a row per municipality and reference date, COA's figure, the system's and the
 * difference (COA's minus the system's), the position as COA's file wrote it, and the marks: COA's own figures that do
 * not add up, an adoption (COA's first figure or its revision) and an adoption to review.
 *
 * @param refusals the refused lines of a file just offered, in Dutch
 */
public record ReconciliationPage(String provinceCode, String provinceName, Table table, String today, boolean mayAdopt,
                                 List<Choice> adoptable, int reasonMax, String message, String error, List<String> refusals) {

    /** The value of a choice to adopt the amount COA carried in, after municipality and deadline. */
    public static final String CARRIED_IN = "meegenomen";
    /** The longest reason of an adoption supervision keeps. */
    public static final int REASON_MAX = 500;
    /** Marks an adoption a later fact or COA's revision put up for review. */
    static final String TO_REVIEW = "te herbeoordelen";

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    public static final List<String> HEADERS = List.of("Gemeente", "Peildatum", "Stand COA", "Stand systeem", "Verschil stand",
            "Taakstelling inclusief achterstand COA", "Taakstelling inclusief achterstand systeem", "Verschil taakstelling inclusief achterstand",
            "Afgemeld COA", "Gehuisvest systeem", "Verschil gehuisvest", "Afstemming", "Stand COA overgenomen", "Ingelezen",
            "Halfjaar", "Stand zoals het COA schrijft", "Stand COA wijkt af van eigen cijfers", "Te herbeoordelen");

    public static Table table(String provinceName, List<Reconciliation> lines) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = lines.stream().map(r -> new Row(r.municipalityCode() + "-" + r.referenceDate(),
                "/dashboard/gemeenten/" + r.municipalityCode(), List.of(
                Cell.text(r.name()), Cell.date(r.referenceDate()),
                Cell.number(r.coa().position()), Cell.number(r.system().position()), difference(r.difference().position()),
                Cell.number(r.coa().adjustedQuota()), Cell.number(r.system().adjustedQuota()), difference(r.difference().adjustedQuota()),
                Cell.number(r.coa().housed()), Cell.number(r.system().housed()), difference(r.difference().housed()),
                Cell.styled(labels.reconciled(r.agrees()), r.agrees() ? "gelijk" : "verschil"),
                Cell.text(adopted(r)),
                r.importedAt() == null ? Cell.empty() : Cell.date(r.importedAt().atZone(NETHERLANDS).toLocalDate()),
                Cell.text(r.period() == null ? "" : HalfYear.parse("period", r.period()).dutch()),
                Cell.number(r.stand()),
                r.standDiffers() ? Cell.styled(standDiffers(r), "verschil") : Cell.text(""),
                r.toReview() ? Cell.styled(TO_REVIEW, "verschil") : Cell.text("")))).toList();
        return Table.of("afstemming-coa", "Standen van het COA naast de eigen cijfers, " + provinceName, HEADERS, rows);
    }

    /** "per 1 januari 2025" for COA's first figure, "per 1 januari 2025 (herziening)" for the amount COA carried in. */
    private static String adopted(Reconciliation r) {
        if (r.revisesAdoption()) {
            return "herziet de overname per " + DutchFormat.date(r.adoptedAtDeadline()) + " (ander cijfer dan overgenomen)";
        }
        if (!r.adopted() || r.adoptedAtDeadline() == null) {
            return "";
        }
        return "per " + DutchFormat.date(r.adoptedAtDeadline()) + (r.adoptedFigure() == AdoptedFigure.CARRIED_IN ? " (herziening)" : "");
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
    public static List<Choice> adoptable(List<Reconciliation> lines, LocalDate today) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (Reconciliation r : lines) {
            LocalDate date = r.referenceDate();
            LocalDate endOf = HalfYear.isDeadline(date) ? date : date.plusDays(1);
            if (HalfYear.isDeadline(endOf) && !endOf.isAfter(today) && (r.adoptedFigure() != AdoptedFigure.END_POSITION || r.toReview())) {
                choices.putIfAbsent(r.municipalityCode() + "/" + endOf, new Choice(r.municipalityCode() + "/" + endOf,
                        r.name() + ", stand per " + DutchFormat.date(date) + ": COA " + DutchFormat.number(r.coa().position())
                                + ", systeem " + DutchFormat.number(r.system().position())));
            }
            if (r.period() == null) {
                continue;
            }
            HalfYear period = HalfYear.parse("period", r.period());
            LocalDate startedOn = period.firstDay();
            int coaCarried = r.coa().adjustedQuota() - r.coa().quota();
            int systemCarried = r.system().adjustedQuota() - r.system().quota();
            if (!date.equals(startedOn) && !startedOn.isAfter(today) && coaCarried != systemCarried
                    && (r.adoptedFigure() != AdoptedFigure.CARRIED_IN || r.toReview())) {
                String value = r.municipalityCode() + "/" + startedOn + "/" + CARRIED_IN;
                choices.putIfAbsent(value, new Choice(value, r.name() + ", herziening: meegenomen in het "
                        + period.dutch() + " volgens de peildatum " + DutchFormat.date(date) + ": COA "
                        + DutchFormat.number(coaCarried) + ", systeem " + DutchFormat.number(systemCarried)));
            }
        }
        return new ArrayList<>(choices.values());
    }

    private static Cell difference(int value) {
        return new Cell(value, DutchFormat.number(value), value == 0 ? "getal" : "getal verschil");
    }
}
