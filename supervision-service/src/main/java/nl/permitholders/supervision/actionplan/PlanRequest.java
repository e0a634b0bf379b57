package nl.permitholders.supervision.actionplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Who records or changes a plan is not part of the request: it is the caller the token names (changedBy). */
public record PlanRequest(@NotBlank @Size(max = 200) String title, @NotNull LocalDate adoptedOn,
                          @NotNull @Size(min = 1, max = ActionPlan.MAX_MEASURES) List<@Valid @NotNull MeasureRequest> measures) {
}
