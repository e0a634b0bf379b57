package nl.permitholders.supervision.ladder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who decided is not part of the request: it is the caller the token names (no one can record in another's name). */
public record DecisionRequest(@NotNull Stage stage, @NotNull LocalDate decidedOn, @NotBlank @Size(max = 1000) String reason) {
}
