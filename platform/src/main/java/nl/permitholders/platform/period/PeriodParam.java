package nl.permitholders.platform.period;

import nl.permitholders.platform.api.InvalidInputException;

/** Turns a period path or body parameter into a {@link Period}, or a 400 that names the parameter. */
public final class PeriodParam {

    private PeriodParam() {
    }

    public static Period parse(String name, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(name, "is required");
        }
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, e.getMessage());
        }
    }
}
