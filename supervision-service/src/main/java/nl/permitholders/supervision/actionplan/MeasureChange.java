package nl.permitholders.supervision.actionplan;

import nl.permitholders.platform.api.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A measure added to a plan, or the whole new state of a measure, with (optionally) why; who changed it is the caller. */
public record MeasureChange(@NotBlank @Size(max = 200) String title, @NotNull Term term, @NotNull MeasureStatus status,
                            @NotNull @Size(max = 40) List<@Valid @NotNull ExpectedRequest> expectedHoused,
                            @Size(max = 1000) @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE)
                            String reason) {
}
