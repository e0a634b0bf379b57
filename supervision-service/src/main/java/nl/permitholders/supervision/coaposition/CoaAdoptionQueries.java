package nl.permitholders.supervision.coaposition;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.store.ReadPool;

/** COA's positions province staff adopted, read: a municipality's, a province's, the deadlines of adopted end positions. */
@ApplicationScoped
public class CoaAdoptionQueries {

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    CoaPositionImportQueries imports;

    @Inject
    FiguresQueries figures;

    @Inject
    Clock clock;

    /**
     * The lines of COA's files for the province's municipalities whose {@code figure} at {@code deadline} differs from
     * what counts there now ({@link CoaDifference}): per municipality the latest import of the province with a line in
     * the figure's reference dates, in code order; lines that agree are counted, not listed. 400 naming deadline when it
     * is no 1 January or 1 July that has come.
     */
    public Uni<Differences> differences(String provinceCode, LocalDate deadline, AdoptedFigure figure) {
        LocalDate[] dates = CoaAdoptionRules.referenceDates(deadline, figure, LocalDate.now(clock));
        Period ending = Period.containing(deadline.minusDays(1));
        return imports.latestOfProvince(provinceCode, dates[0], dates[1]).flatMap(lines -> {
            List<String> codes = lines.stream().map(l -> l.line().municipalityCode()).toList();
            Uni<List<FiguresView>> ended = figures.figures(codes, ending, null);
            Uni<List<FiguresView>> started = figure == AdoptedFigure.CARRIED_IN ? figures.figures(codes, ending.next(), null)
                    : Uni.createFrom().item(List.of());
            return Uni.combine().all().unis(ended, started).with((before, after) -> {
                Map<String, FiguresView> endedBy = before.stream().collect(Collectors.toMap(FiguresView::municipalityCode, f -> f));
                Map<String, FiguresView> startedBy = after.stream().collect(Collectors.toMap(FiguresView::municipalityCode, f -> f));
                List<CoaDifference> differing = new ArrayList<>();
                for (ImportedLine l : lines) {
                    CoaDifference d = difference(l, figure, endedBy.get(l.line().municipalityCode()),
                            startedBy.get(l.line().municipalityCode()));
                    if (d.difference() != 0) {
                        differing.add(d);
                    }
                }
                return new Differences(provinceCode, deadline, figure, lines.size() - differing.size(), differing);
            });
        });
    }

    /** The differing lines, and how many lines agree with what counts now. */
    public record Differences(String provinceCode, LocalDate deadline, AdoptedFigure figure, int agreeing, List<CoaDifference> lines) {
    }

    private static CoaDifference difference(ImportedLine l, AdoptedFigure figure, FiguresView ended, FiguresView started) {
        int coa = CoaConvention.carriedIn(figure, l.line());
        int judged = ended == null ? 0 : ended.verdict() != null ? ended.verdict().backlog() : ended.backlog();
        int own = ended == null ? 0 : ended.verdict() != null ? ended.verdict().ownBacklog() : ended.backlog();
        int now = figure == AdoptedFigure.END_POSITION ? judged : started == null ? judged : started.carriedBacklog();
        String name = ended != null && ended.municipalityName() != null ? ended.municipalityName() : l.line().municipalityName();
        String refusal = CoaConvention.adoptionRefusal(l.line()).orElse(null);
        return new CoaDifference(l.line().municipalityCode(), name, l.importId(), l.line().line(), l.line().referenceDate(), figure,
                coa, now, own, coa - now, refusal == null, refusal);
    }

    /** Every adoption for the municipalities of the province, in the order decided. */
    public Uni<List<Adoption>> ofProvince(String provinceCode) {
        return CoaAdoptionStore.ofProvince(reads, provinceCode);
    }

    /** Every adoption for the municipality, in the order decided. */
    public Uni<List<Adoption>> of(String code) {
        return CoaAdoptionStore.ofMunicipality(reads, code);
    }
}
