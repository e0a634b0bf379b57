package nl.permitholders.dashboard.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.display.DutchFormat;

/**
 * The Rijk's page for COA's figures at national level: reading in COA's file of the whole country and adopting COA's
 * figure at a deadline for every municipality its files have it for, with the way into each province's reconciliation.
 *
 * @param adoptable COA's end position or its revision at each of the last deadlines that have come, the latest first
 * @param refusals the refused lines of a file just offered, in Dutch
 */
public record NationalReconciliationPage(String today, List<Choice> adoptable, int reasonMax, List<Choice> provinces, String message,
                                         String error, List<String> refusals) {

    /** How many deadlines back the adoption form offers. */
    static final int DEADLINES = 6;

    /** The last {@link #DEADLINES} deadlines that have come, each with COA's end position and its revision to adopt. */
    static List<Choice> adoptable(LocalDate today) {
        List<Choice> choices = new ArrayList<>();
        HalfYear ended = HalfYear.containing(today).previous();
        for (int i = 0; i < DEADLINES; i++, ended = ended.previous()) {
            LocalDate deadline = ended.deadline();
            String date = DutchFormat.date(deadline);
            choices.add(new Choice(deadline.toString(), "stand aan het eind van het " + ended.dutch() + " (peildatum " + date + ")"));
            choices.add(new Choice(deadline + "/" + ReconciliationPage.CARRIED_IN, "herziening: wat het COA meenam in het "
                    + ended.next().dutch() + " (na " + date + ")"));
        }
        return choices;
    }
}
