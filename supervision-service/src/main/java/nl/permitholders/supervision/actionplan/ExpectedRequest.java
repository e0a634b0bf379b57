package nl.permitholders.supervision.actionplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record ExpectedRequest(@NotNull String period, @NotNull @Min(0) @Max(100_000) Integer persons) {
}
