package nl.permitholders.supervision.province;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresQueries.MunicipalityFigures;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.reference.ProvinceStore;
import nl.permitholders.supervision.store.ReadPool;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.verdict.ProvinceVerdictMark;
import nl.permitholders.supervision.verdict.Standings;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province's overview of a half-year: every municipality's figures and ladder stages, their totals and standings. */
@ApplicationScoped
public class ProvinceQueries {

    /** How the municipalities can be ordered; the larger backlog or gap first, the higher stage first. */
    public enum SortKey {
        CODE, BACKLOG, SCHEDULE_GAP, STAGE
    }

    /**
     * @param regime          the supervision regime the province decided, in force on the date asked for; absent before the first
     * @param forecastBacklog the backlog forecast at the end of the half-year; absent for a half-year that has ended
     */
    @Schema(requiredProperties = {"figures"})
    public record MunicipalityLine(FiguresView figures, Stage currentStage, Stage advisedStage, String advice,
                                   @Schema(description = "The ladder rule that gave advisedStage, in English: the province's rules "
                                           + "in force on asOf (or today), or the default ones") String adviceRule,
                                   @Schema(description = "The supervision regime the province decided, in force on asOf (or today); "
                                           + "absent when none is recorded")
                                   @JsonInclude(JsonInclude.Include.NON_NULL) SupervisionRegime regime,
                                   @Schema(description = "The unchanged-policy forecast of the municipality's backlog at the end of the "
                                           + "half-year, as GET /municipalities/{code}/forecast gives it; absent once the half-year has ended")
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Integer forecastBacklog) {
    }

    /**
     * @param forecastBacklogs per municipality, the unchanged-policy forecast of its backlog at the end of the half-year
     *                         (for the dashboard; none for a half-year that has ended)
     * @param countedVerdicts  per municipality, the verdict the standings count at their last deadline: the province's
     *                         own where it counts, else the computed one; none without a verdict there
     * @param provinceVerdictMarks per municipality where the province recorded a verdict at the last deadline, how it
     *                         stands against the figures now (to review, at odds with R7)
     */
    public record Overview(ProvinceView view, Map<String, Integer> forecastBacklogs, Map<String, Verdict> countedVerdicts,
                           Map<String, ProvinceVerdictMark> provinceVerdictMarks) {
    }

    /** Without a date asked for, asOf is left out, as the document has it optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"provinceCode", "name", "period", "municipalities", "totals", "standings", "lines"})
    public record ProvinceView(String provinceCode, String name, String period,
                               @Schema(description = "the date asked for: the figures as they stood on it; absent when none was")
                               LocalDate asOf, int municipalities, Totals totals,
                               Standings standings, List<MunicipalityLine> lines,
                               @Schema(description = "with asOf, which view of that date: KNOWN_THEN or KNOWN_TODAY; absent without asOf")
                               AsOfView view) {

        public ProvinceView(String provinceCode, String name, String period, LocalDate asOf, int municipalities, Totals totals,
                            Standings standings, List<MunicipalityLine> lines) {
            this(provinceCode, name, period, asOf, municipalities, totals, standings, lines, null);
        }
    }

    @Inject
    FiguresQueries figures;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    @Inject
    Clock clock;

    /**
     * The overview of the municipalities of the province that exist in the half-year (not merged or split by then), in
     * today's view of {@code asOf}; 404 for an unknown province.
     */
    public Uni<Overview> overview(String code, Period period, LocalDate asOf, SortKey sort) {
        return overview(code, period, asOf, AsOfView.KNOWN_TODAY, sort);
    }

    /** As {@link #overview(String, Period, LocalDate, SortKey)}, as {@code view} shows {@code asOf}. */
    public Uni<Overview> overview(String code, Period period, LocalDate asOf, AsOfView view, SortKey sort) {
        LocalDate now = LocalDate.now(clock);
        Uni<String> name = ProvinceStore.name(pool, code)
                .map(found -> found.orElse(null))
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("Nothing is known yet about province " + code + "."));
        Uni<List<MunicipalityFigures>> existing = figures.ofProvince(code, period, asOf, view)
                .map(all -> all.stream().filter(f -> !f.ceased()).toList());
        return Uni.combine().all().unis(name, existing).asTuple().map(found -> {
            List<MunicipalityFigures> each = found.getItem2();
            List<MunicipalityLine> lines = each.stream().map(f -> new MunicipalityLine(f.figures(), f.currentStage(), f.advice().stage(),
                    f.advice().reason(), f.advice().rule().inEnglish(), f.regime(), f.forecastBacklog())).toList();
            Map<String, Integer> forecasts = new HashMap<>();
            each.stream().filter(f -> f.forecastBacklog() != null)
                    .forEach(f -> forecasts.put(f.figures().municipalityCode(), f.forecastBacklog()));
            Map<String, Verdict> counted = new HashMap<>();
            each.stream().filter(f -> f.standing().verdictAtLastDeadline() != null)
                    .forEach(f -> counted.put(f.figures().municipalityCode(), f.standing().verdictAtLastDeadline()));
            ProvinceView province = new ProvinceView(code, found.getItem1(), period.toString(), asOf, lines.size(),
                    Totals.of(lines.stream().map(MunicipalityLine::figures).toList()),
                    Standings.of(period, asOf != null ? asOf : now, each.stream().map(MunicipalityFigures::standing).toList()),
                    sorted(lines, sort), asOf == null ? null : view);
            Map<String, ProvinceVerdictMark> marks = new HashMap<>();
            each.stream().filter(f -> f.provinceVerdictMark() != null)
                    .forEach(f -> marks.put(f.figures().municipalityCode(), f.provinceVerdictMark()));
            return new Overview(province, forecasts, counted, marks);
        });
    }

    private static List<MunicipalityLine> sorted(List<MunicipalityLine> lines, SortKey key) {
        Comparator<MunicipalityLine> byCode = Comparator.comparing(l -> l.figures().municipalityCode());
        Map<SortKey, Comparator<MunicipalityLine>> orders = Map.of(
                SortKey.CODE, byCode,
                SortKey.BACKLOG, Comparator.comparingInt((MunicipalityLine l) -> l.figures().backlog()).reversed().thenComparing(byCode),
                SortKey.SCHEDULE_GAP, Comparator.comparingInt((MunicipalityLine l) -> l.figures().scheduleGap()).reversed().thenComparing(byCode),
                SortKey.STAGE, Comparator.comparing(MunicipalityLine::currentStage).reversed().thenComparing(byCode));
        return lines.stream().sorted(orders.get(key)).toList();
    }
}
