package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One half-year of supervision's getNationalSeries: the position at the end, and whether it is COA's as published. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NationalSeries(String period, Figures figures, boolean coaEndPositionAdopted) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(int position) {
    }
}
