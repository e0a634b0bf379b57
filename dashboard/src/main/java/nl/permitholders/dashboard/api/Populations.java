package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CBS's population per municipality on a reference date, as supervision's open data serves it (getOpenDataPopulationsJson). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Populations(LocalDate referenceDate, List<Row> rows) {

    /** None known: no reference date on or before the day asked for. */
    public static final Populations NONE = new Populations(null, List.of());

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String municipalityCode, int persons) {
    }

    /** Per municipality code its population; a municipality without a figure on that date is absent. */
    public Map<String, Integer> byMunicipality() {
        Map<String, Integer> persons = new HashMap<>();
        rows.forEach(row -> persons.put(row.municipalityCode(), row.persons()));
        return persons;
    }
}
