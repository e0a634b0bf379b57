package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.KnownMunicipality;

/**
 * The reconciliation report of a province: for every municipality and reference date COA gave a position for (the
 * latest import of it), COA's figures beside the system's of the half-year the line belongs to, on the day whose position
 * it gives ({@link CoaConvention}), and the difference.
 */
@ApplicationScoped
public class CoaReconciliationQueries {

    /**
     * A line of the report: the reconciliation, the municipality's name, the import COA's figures came from, which of
     * this line's figures province staff adopted (the latest adoption of this very line, null if none) at which deadline,
     * and whether that adoption is to review: a fact dated before its deadline arrived after it, or COA revised the figure.
     * {@code revisesAdoption}: this line, imported after an adoption of another line's figure, gives that figure otherwise,
     * so the adoption (its deadline in {@code deadline}) is to review until staff adopt again or confirm it.
     */
    public record Line(Reconciliation reconciliation, String municipalityName, UUID importId, Instant importedAt, AdoptedFigure adopted,
                       LocalDate deadline, boolean toReview, boolean revisesAdoption) {

        public boolean isAdopted() {
            return adopted != null;
        }
    }

    @Inject
    CoaPositionImportQueries imports;

    @Inject
    FiguresQueries figures;

    @Inject
    CoaAdoptionQueries adoptions;

    @Inject
    MunicipalityLedgerStore ledgers;

    /**
     * Latest reference date first, then by municipality code; only {@code referenceDate} when given. Per municipality and
     * reference date the line of the latest import first (what COA says now), and after it the line province staff
     * adopted where a later import of the same date gave it anew: the adopted line stays labelled as adopted, the newer
     * one as revising it.
     */
    public Uni<List<Line>> ofProvince(String provinceCode, LocalDate referenceDate) {
        return adoptions.ofProvince(provinceCode).flatMap(adopted -> toReview(adopted)
                .flatMap(toReview -> imports.latestOfProvince(provinceCode, referenceDate)
                        .flatMap(latest -> withAdoptedLines(provinceCode, referenceDate, latest, adopted)).flatMap(lines -> {
                    Map<LocalDate, List<ImportedLine>> byDate = lines.stream()
                            .collect(Collectors.groupingBy(l -> l.line().referenceDate(), TreeMap::new, Collectors.toList()));
                    return Multi.createFrom().iterable(byDate.entrySet())
                            .onItem().transformToUniAndConcatenate(date -> onDate(date.getKey(), date.getValue(), adopted, toReview))
                            .collect().in(ArrayList<Line>::new, List::addAll)
                            .map(all -> all.stream().sorted(Comparator.comparing((Line l) -> l.reconciliation().referenceDate()).reversed()
                                    .thenComparing(l -> l.reconciliation().municipalityCode())
                                    .thenComparing(Line::importedAt, Comparator.reverseOrder())).toList());
                })));
    }

    /** {@code latest} with the adopted lines that a later import of their date superseded (of {@code referenceDate} when given). */
    private Uni<List<ImportedLine>> withAdoptedLines(String provinceCode, LocalDate referenceDate, List<ImportedLine> latest,
                                                     List<Adoption> adopted) {
        List<Adoption> superseded = adopted.stream()
                .filter(a -> referenceDate == null || a.referenceDate().equals(referenceDate))
                .filter(a -> latest.stream().noneMatch(l -> l.importId().equals(a.importId()) && l.line().line() == a.line()))
                .toList();
        if (superseded.isEmpty()) {
            return Uni.createFrom().item(latest);
        }
        return imports.linesOfProvince(provinceCode, superseded.stream().map(Adoption::importId).toList(),
                superseded.stream().map(Adoption::line).toList()).map(older -> {
            List<ImportedLine> all = new ArrayList<>(latest);
            older.stream().filter(o -> all.stream().noneMatch(l -> l.importId().equals(o.importId()) && l.line().line() == o.line().line()))
                    .forEach(all::add);
            return all;
        });
    }

    /** The adoptions to review, by id, of the municipalities with an adoption. */
    private Uni<Set<UUID>> toReview(List<Adoption> adopted) {
        Set<String> codes = adopted.stream().map(Adoption::municipalityCode).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return ledgers.of(codes).map(known -> {
            Set<UUID> ids = new HashSet<>();
            known.values().stream().map(KnownMunicipality::ledger).forEach(ledger -> ids.addAll(ledger.adoptionsToReview()));
            return ids;
        });
    }

    private Uni<List<Line>> onDate(LocalDate date, List<ImportedLine> lines, List<Adoption> adopted, Set<UUID> toReview) {
        List<String> codes = lines.stream().map(l -> l.line().municipalityCode()).toList();
        return figures.figures(codes, CoaConvention.periodOf(date), CoaConvention.positionOn(date)).map(found -> {
            Map<String, FiguresView> byCode = found.stream().collect(Collectors.toMap(FiguresView::municipalityCode, Function.identity()));
            return lines.stream().map(l -> {
                FiguresView system = byCode.get(l.line().municipalityCode());
                Reconciliation.Figures ours = system == null ? new Reconciliation.Figures(0, 0, 0, 0)
                        : new Reconciliation.Figures(system.quota(), system.adjustedQuota(), system.housed(), system.backlog());
                String name = system != null && system.municipalityName() != null ? system.municipalityName() : l.line().municipalityName();
                Adoption ofThisLine = adopted.stream().filter(a -> a.importId().equals(l.importId()) && a.line() == l.line().line())
                        .reduce((first, second) -> second).orElse(null);
                if (ofThisLine != null) {
                    return new Line(Reconciliation.of(l.line(), ours), name, l.importId(), l.importedAt(), ofThisLine.figure(),
                            ofThisLine.deadline(), toReview.contains(ofThisLine.id()), false);
                }
                // Only the adoption standing at its deadline can be to review: a later decision has judged the revision.
                Adoption standing = adopted.stream().filter(a -> Adoption.covers(a, l)).reduce((first, second) -> second).orElse(null);
                Adoption revised = standing != null && Adoption.revises(l, standing) ? standing : null;
                return new Line(Reconciliation.of(l.line(), ours), name, l.importId(), l.importedAt(), null,
                        revised == null ? null : revised.deadline(), revised != null && toReview.contains(revised.id()), revised != null);
            }).toList();
        });
    }
}
