package nl.permitholders.supervision.round;

import nl.permitholders.supervision.verdict.Verdict;

/**
 * A sent letter is never changed. When the verdict it states, or the position judged at its deadline, is no longer what
 * the figures give (a late fact, an adoption of COA's figure), the letter is to review (te herbeoordelen): the province
 * decides whether to write again.
 */
public final class SentLetterMark {

    private SentLetterMark() {
    }

    /**
     * @param sentVerdict the computed verdict the letter stated; null for a letter sent before verdicts were kept with it
     * @param verdictNow  the computed verdict at the deadline now; null when there is none
     */
    public static boolean toReview(Verdict sentVerdict, int sentBacklog, Verdict verdictNow, int backlogNow) {
        return sentBacklog != backlogNow || sentVerdict != null && sentVerdict != verdictNow;
    }
}
