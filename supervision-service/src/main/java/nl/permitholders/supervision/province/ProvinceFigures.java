package nl.permitholders.supervision.province;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Known;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import nl.permitholders.supervision.projection.ProjectionVersion;

/**
 * The figures and advised ladder stage of every municipality of a province, computed once per version of the
 * projection and kept until the projection changes. A province overview reads every ledger of the province and
 * judges every past deadline; the figures change only when events are consumed (or a day passes), while province
 * staff and the dashboard's live updates read them far more often. The check costs one single-row query, so a change
 * consumed by any instance is seen by the next read on every instance.
 */
@ApplicationScoped
public class ProvinceFigures {

    /** Enough for every province, several half-years and dates; beyond it the cache starts over. */
    static final int MAX_KEPT = 512;

    /** One municipality's line, without the ladder stage decided by the province (read per request). */
    public record MunicipalityFigures(FiguresView figures, InterventionAdvisor.Advice advice) {
    }

    private record Key(String provinceCode, Period period, LocalDate asOf, LocalDate today) {
    }

    private record Computed(long version, List<MunicipalityFigures> figures) {
    }

    private final ConcurrentHashMap<Key, Computed> kept = new ConcurrentHashMap<>();

    @Inject
    Pool pool;

    @Inject
    MunicipalityLedgers ledgers;

    /** Every municipality of the province that exists in the half-year (not merged into another by then). */
    public Uni<List<MunicipalityFigures>> of(String provinceCode, Period period, LocalDate asOf, LocalDate today) {
        Key key = new Key(provinceCode, period, asOf, today);
        return ProjectionVersion.current(pool).flatMap(version -> {
            Computed computed = kept.get(key);
            if (computed != null && computed.version() == version) {
                return Uni.createFrom().item(computed.figures());
            }
            return ledgers.ofProvince(provinceCode).map(known -> {
                List<MunicipalityFigures> figures = compute(known, period, asOf, today);
                if (kept.size() >= MAX_KEPT) {
                    kept.clear();
                }
                // Of two reads racing past a change, the one computed under the newer version stays.
                kept.merge(key, new Computed(version, figures), (old, now) -> old.version() > now.version() ? old : now);
                return figures;
            });
        });
    }

    private static List<MunicipalityFigures> compute(List<Known> municipalities, Period period, LocalDate asOf, LocalDate today) {
        List<MunicipalityFigures> figures = new ArrayList<>();
        for (Known known : municipalities) {
            if (known.mergedBy(period)) {
                continue;
            }
            List<Deadline> deadlines = known.judgements(today).stream().map(j -> new Deadline(j.verdict(), j.backlog())).toList();
            figures.add(new MunicipalityFigures(FiguresView.of(known, period, asOf, today), InterventionAdvisor.advise(deadlines)));
        }
        return List.copyOf(figures);
    }
}
