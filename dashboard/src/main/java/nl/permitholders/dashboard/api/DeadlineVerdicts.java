package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A deadline the ladder counts, from supervision's listProvinceVerdicts: the computed verdict (advice), the province's
 * own in force with its grounds, and whether it is to review.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadlineVerdicts(LocalDate deadline, Verdict computedVerdict, int backlog, ProvinceVerdict provinceVerdict,
                               boolean toReview) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProvinceVerdict(Verdict verdict, String grounds, LocalDate decidedOn, String decidedBy) {
    }
}
