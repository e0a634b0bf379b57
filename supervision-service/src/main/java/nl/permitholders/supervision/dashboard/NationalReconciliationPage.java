package nl.permitholders.supervision.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.display.DutchFormat;

/**
 * The Rijk's page for COA's figures at national level: reading in COA's file of the whole country and adopting COA's
 * figure at a deadline for every municipality its files have it for, with the way into each province's reconciliation.
 *
 * @param adoptable COA's end position or its revision at each of the last deadlines that have come, the latest first
 * @param refusals the refused lines of a file just offered, in Dutch
 */
public record NationalReconciliationPage(String today, List<DetailPage.Choice> adoptable, int reasonMax,
                                         List<DetailPage.Choice> provinces, String message, String error, List<String> refusals) {

    /** How many deadlines back the adoption form offers. */
    static final int DEADLINES = 6;

    /** The value of a choice to adopt the amount COA carried in, after the deadline. */
    static final String CARRIED_IN = ReconciliationPage.CARRIED_IN;

    /** The last {@link #DEADLINES} deadlines that have come, each with COA's end position and its revision to adopt. */
    static List<DetailPage.Choice> adoptable(LocalDate today) {
        List<DetailPage.Choice> choices = new ArrayList<>();
        Period ended = Period.containing(today).previous();
        for (int i = 0; i < DEADLINES; i++, ended = ended.previous()) {
            LocalDate deadline = ended.deadline();
            String date = DutchFormat.date(deadline);
            choices.add(new DetailPage.Choice(deadline.toString(), "stand aan het eind van het " + Dashboard.dutchPeriod(ended)
                    + " (peildatum " + date + ")"));
            choices.add(new DetailPage.Choice(deadline + "/" + CARRIED_IN, "herziening: wat het COA meenam in het "
                    + Dashboard.dutchPeriod(ended.next()) + " (na " + date + ")"));
        }
        return choices;
    }
}
