package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/** A judgement letter sent to a municipality (supervision's listSentLetters): replaced by a correction, or to review. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SentLetter(LocalDate deadline, int number, String sentBy, Instant sentAt, Integer replacedBy, Boolean toReview) {
}
