package nl.permitholders.supervision.national;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresQueries.MunicipalityFigures;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.verdict.Standings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The country's figures for a half-year ({@code GET /national/periods/{period}}): the same totals as a province, and each
 * province's. Without a date asked for, asOf is left out, as the document has it optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"period", "municipalities", "totals", "standings", "provinces",
        "municipalitiesWithoutProvince", "coaEndPositionAdopted"})
public record NationalView(String period,
                           @Schema(description = "the date asked for: the figures as they stood on it; absent when none was")
                           LocalDate asOf, int municipalities, Totals totals, Standings standings,
                           List<ProvinceTotals> provinces, int municipalitiesWithoutProvince,
                           @Schema(description = "with asOf, which view of that date: KNOWN_THEN or KNOWN_TODAY; absent without asOf")
                           AsOfView view,
                           @Schema(description = "whether COA's published end position is adopted at the half-year's deadline for "
                                   + "some municipality (by asOf, or now): getNationalSeries then gives the country's position "
                                   + "at the end as published")
                           boolean coaEndPositionAdopted) {

    /** A province's totals and standings. */
    @Schema(requiredProperties = {"provinceCode", "name", "municipalities", "totals", "standings"})
    public record ProvinceTotals(String provinceCode, String name, int municipalities, Totals totals, Standings standings) {
    }

    /**
     * The country from the figures of every municipality that exists in the half-year (not merged or split by then) on
     * {@code position}: those in no province (yet) are counted apart, not in the totals.
     */
    static NationalView of(Period period, LocalDate asOf, AsOfView view, LocalDate position, List<MunicipalityFigures> existing,
                           Map<String, String> provinceNames, boolean coaEndPositionAdopted) {
        Map<String, List<MunicipalityFigures>> byProvince = existing.stream().filter(f -> f.figures().provinceCode() != null)
                .collect(Collectors.groupingBy(f -> f.figures().provinceCode(), TreeMap::new, Collectors.toList()));
        List<ProvinceTotals> provinces = byProvince.entrySet().stream().map(e -> new ProvinceTotals(e.getKey(),
                provinceNames.get(e.getKey()), e.getValue().size(), totals(e.getValue()), standings(period, position, e.getValue())))
                .toList();
        List<MunicipalityFigures> inProvinces = byProvince.values().stream().flatMap(List::stream).toList();
        return new NationalView(period.toString(), asOf, inProvinces.size(), totals(inProvinces),
                standings(period, position, inProvinces), provinces, existing.size() - inProvinces.size(), view,
                coaEndPositionAdopted);
    }

    private static Totals totals(List<MunicipalityFigures> figures) {
        return Totals.of(figures.stream().map(MunicipalityFigures::figures).toList());
    }

    private static Standings standings(Period period, LocalDate position, List<MunicipalityFigures> figures) {
        return Standings.of(period, position, figures.stream().map(MunicipalityFigures::standing).toList());
    }
}
