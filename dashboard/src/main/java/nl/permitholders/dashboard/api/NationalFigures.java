package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The country's figures for a half-year as supervision's getNationalFigures (and getNationalFiguresPerHalfYear, per
 * half-year) gives them: the totals and every province's, and whether getNationalSeries has the position at the end as
 * COA published it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NationalFigures(String period, int municipalities, ProvinceFigures.Totals totals, ProvinceFigures.Standings standings,
                              List<Province> provinces, int municipalitiesWithoutProvince,
                              boolean coaEndPositionAdopted) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Province(String provinceCode, String name, int municipalities, ProvinceFigures.Totals totals,
                           ProvinceFigures.Standings standings) {

        public String displayName() {
            return name == null ? provinceCode : name;
        }
    }
}
