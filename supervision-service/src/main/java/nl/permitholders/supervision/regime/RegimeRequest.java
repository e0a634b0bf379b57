package nl.permitholders.supervision.regime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who decided is not part of the request: it is the caller the token names (no one can record in another's name). */
public record RegimeRequest(@NotNull SupervisionRegime regime, @NotNull LocalDate decidedOn,
                            @NotBlank @Size(max = RegimeService.REASON_MAX) String reason) {
}
