package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A province's supervision round at a deadline (supervision's listProvinceLetters): each municipality's letter and its state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvinceLetters(String provinceCode, String provinceName, LocalDate deadline, List<Letter> letters) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Letter(String municipalityCode, String municipalityName, LetterState state, String changedBy, Instant changedAt,
                         List<LetterState> next) {
    }

    /** Where a judgement letter stands. */
    public enum LetterState {
        DRAFT, REVIEWED, SENT, CORRECTING
    }
}
