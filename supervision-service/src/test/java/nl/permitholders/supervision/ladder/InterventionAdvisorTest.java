package nl.permitholders.supervision.ladder;

import static nl.permitholders.supervision.verdict.Verdict.MET;
import static nl.permitholders.supervision.verdict.Verdict.NOT_MET;
import static nl.permitholders.supervision.verdict.Verdict.NOT_MET_EXCUSABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import org.junit.jupiter.api.Test;

/** docs/domain.md, the intervention ladder: the system advises, province staff decide. */
class InterventionAdvisorTest {

    private static Stage advise(Deadline... deadlines) {
        return InterventionAdvisor.advise(List.of(deadlines)).stage();
    }

    @Test
    void notMetAtOneDeadlineIsASignal() {
        assertEquals(Stage.SIGNAL, advise(new Deadline(MET, 0), new Deadline(NOT_MET, 20)));
    }

    @Test
    void twoInARowCallForAnOfficialTalkAndThreeForAdministrativeAgreements() {
        assertEquals(Stage.OFFICIAL_TALK, advise(new Deadline(NOT_MET, 20), new Deadline(NOT_MET, 15)));
        assertEquals(Stage.ADMINISTRATIVE_AGREEMENTS, advise(new Deadline(NOT_MET, 20), new Deadline(NOT_MET, 15), new Deadline(NOT_MET, 18)));
    }

    @Test
    void aBacklogGrowingOverFourDeadlinesInARowCallsForAnnouncingSubstitution() {
        assertEquals(Stage.SUBSTITUTION_ANNOUNCED, advise(new Deadline(NOT_MET, 52), new Deadline(NOT_MET, 90),
                new Deadline(NOT_MET, 117), new Deadline(NOT_MET, 152), new Deadline(NOT_MET, 190)));
    }

    @Test
    void excusableShortfallsDoNotEscalate() {
        assertEquals(Stage.NONE, advise(new Deadline(NOT_MET, 20), new Deadline(NOT_MET_EXCUSABLE, 25)));
        assertEquals(Stage.SIGNAL, advise(new Deadline(NOT_MET, 20), new Deadline(NOT_MET_EXCUSABLE, 25), new Deadline(NOT_MET, 30)));
    }

    @Test
    void aMetDeadlineOrNoneAtAllAdvisesNothing() {
        assertEquals(Stage.NONE, advise(new Deadline(NOT_MET, 20), new Deadline(MET, -2)));
        assertEquals(Stage.NONE, advise());
    }
}
