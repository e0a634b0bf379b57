package nl.permitholders.supervision.actionplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record MeasureRequest(@NotBlank @Size(max = 200) String title, @NotNull Term term, MeasureStatus status,
                             @NotNull @Size(max = 40) List<@Valid @NotNull ExpectedRequest> expectedHoused) {
}
