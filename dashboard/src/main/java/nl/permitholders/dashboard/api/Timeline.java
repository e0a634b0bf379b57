package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A province's or municipality's position at every deadline and its placements per month (getProvinceTimeline, getMunicipalityTimeline). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeline(String code, String name, List<Deadline> deadlines, List<Month> months) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(String period, LocalDate deadline, boolean passed, int adjustedQuota, int housed, int backlog) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Month(YearMonth month, int housed) {
    }
}
