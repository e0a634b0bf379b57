package nl.permitholders.supervision.round;

import java.time.Instant;
import java.time.LocalDate;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * A letter sent to a municipality, without its PDF: about which deadline, by whom and when, the position and verdict it
 * states, and its number among the letters about that deadline (above 1: a correction).
 */
public record SentLetterSummary(LocalDate deadline, String sentBy, Instant sentAt, int backlog, Verdict verdict, int number) {
}
