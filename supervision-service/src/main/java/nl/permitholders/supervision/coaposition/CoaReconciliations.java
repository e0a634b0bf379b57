package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.supervision.coaposition.CoaPositionImports.ImportedLine;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresView;

/**
 * The reconciliation report of a province: for every municipality and reference date COA gave a position for (the
 * latest import of it), COA's figures beside the system's on that date ({@link FiguresQueries}) and the difference.
 */
@ApplicationScoped
public class CoaReconciliations {

    /**
     * A line of the report: the reconciliation, the municipality's name, the import COA's figures came from, and whether
     * province staff adopted COA's position of that date (at the deadline the day after).
     */
    public record Line(Reconciliation reconciliation, String municipalityName, UUID importId, Instant importedAt, boolean adopted) {
    }

    @Inject
    CoaPositionImports imports;

    @Inject
    FiguresQueries figures;

    @Inject
    CoaAdoptions adoptions;

    /** Latest reference date first, then by municipality code; only {@code referenceDate} when given. */
    public Uni<List<Line>> ofProvince(String provinceCode, LocalDate referenceDate) {
        return adoptions.adoptedReferenceDates(provinceCode).flatMap(adopted -> imports.latestOfProvince(provinceCode, referenceDate)
                .flatMap(lines -> {
            Map<LocalDate, List<ImportedLine>> byDate = lines.stream()
                    .collect(Collectors.groupingBy(l -> l.line().referenceDate(), TreeMap::new, Collectors.toList()));
            return Multi.createFrom().iterable(byDate.entrySet())
                    .onItem().transformToUniAndConcatenate(date -> onDate(date.getKey(), date.getValue(), adopted))
                    .collect().in(ArrayList<Line>::new, List::addAll)
                    .map(all -> all.stream().sorted(Comparator.comparing((Line l) -> l.reconciliation().referenceDate()).reversed()
                            .thenComparing(l -> l.reconciliation().municipalityCode())).toList());
        }));
    }

    private Uni<List<Line>> onDate(LocalDate date, List<ImportedLine> lines, Set<String> adopted) {
        List<String> codes = lines.stream().map(l -> l.line().municipalityCode()).toList();
        return figures.figures(codes, Reconciliation.periodOf(date), date).map(found -> {
            Map<String, FiguresView> byCode = found.stream().collect(Collectors.toMap(FiguresView::municipalityCode, Function.identity()));
            return lines.stream().map(l -> {
                FiguresView system = byCode.get(l.line().municipalityCode());
                Reconciliation.Figures ours = system == null ? new Reconciliation.Figures(0, 0, 0, 0)
                        : new Reconciliation.Figures(system.quota(), system.adjustedQuota(), system.housed(), system.backlog());
                String name = system != null && system.municipalityName() != null ? system.municipalityName() : l.line().municipalityName();
                return new Line(Reconciliation.of(l.line(), ours), name, l.importId(), l.importedAt(),
                        adopted.contains(l.line().municipalityCode() + " " + date));
            }).toList();
        });
    }
}
