package nl.permitholders.housingstock.api;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The where-clause of a list query, from the filters a client gave; filters without a value are left out. */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code field = :field} when the value is given. */
    public Filters equal(String field, Object value) {
        return when(value, field + " = :" + field, field);
    }

    /** Adds {@code field in :field} when values are given. */
    public Filters in(String field, java.util.Collection<?> values) {
        return values == null || values.isEmpty() ? this : when(values, field + " in :" + field, field);
    }

    /** Adds the condition, which names its parameter {@code :name}, when the value is given. */
    public Filters when(Object value, String condition, String name) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds {@code from <= field <= to}, either end left out when not given. */
    public Filters between(String field, LocalDate from, LocalDate to) {
        return when(from, field + " >= :from", "from").when(to, field + " <= :to", "to");
    }

    /** Adds a condition without parameters. */
    public Filters always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** The where-clause, empty when nothing was given (Panache then lists everything). */
    public String query() {
        return String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
