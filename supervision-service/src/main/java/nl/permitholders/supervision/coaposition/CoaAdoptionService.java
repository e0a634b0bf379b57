package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.Adopter;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.verdict.VerdictRecorder;

/**
 * COA's positions province staff adopted at a deadline as the municipality's from then on: a re-anchoring of its
 * ledger ({@code ledger.ReAnchoring}), on COA's end position or, where COA later carried a different amount into the
 * half-year, on that revision. Adopting raises the municipality's ledger version and judges its closed half-years
 * again in the same transaction, so no figure cached from before is taken for current and a verdict the adoption
 * changes is recorded with the adoption as its cause (R7). Only ever added to: a later adoption at the same deadline
 * follows an earlier one.
 */
@ApplicationScoped
public class CoaAdoptionService {

    public static final int REASON_MAX = 500;

    /** The cause a verdict judged again names: the adoption, by its id. */
    public static final String ADOPTED_CAUSE = LedgerEntry.ANCHORED_TYPE;

    @Inject
    Pool pool;

    @Inject
    CoaPositionImportQueries imports;

    @Inject
    Caller caller;

    @Inject
    VerdictRecorder verdicts;

    @Inject
    Clock clock;

    /**
     * Adopts {@code figure} of COA's at {@code deadline} (a 1 January or 1 July that has come): its end position from the
     * latest import with a line for the municipality on the deadline or the day before, or the amount it carried into the
     * half-year starting there from the latest line of that half-year ({@link CoaConvention#referenceDates}); 400 naming
     * deadline when it is no such date or no import has such a line. In the same transaction the municipality's closed
     * half-years are judged again, naming the adoption as the cause.
     */
    public Uni<Adoption> adopt(String code, LocalDate deadline, AdoptedFigure figure, String reason) {
        return adopt(code, deadline, figure, reason, null, null);
    }

    /**
     * As {@link #adopt(String, LocalDate, AdoptedFigure, String)}, from import {@code importId} when given: the way to
     * confirm a figure COA revised in a later import (400 naming importId when that import has no such line).
     */
    public Uni<Adoption> adopt(String code, LocalDate deadline, AdoptedFigure figure, String reason, UUID importId, LocalDate decidedOn) {
        LocalDate[] dates = referenceDates(deadline, figure);
        LocalDate decided = decided(decidedOn);
        return imports.latest(code, dates[0], dates[1], importId).flatMap(found -> {
            if (found == null && importId != null) {
                throw InvalidInputException.of("importId", "import " + importId + " has no line for " + code + " from " + dates[0]
                        + " to " + dates[1]);
            }
            if (found == null) {
                throw InvalidInputException.of("deadline", "no import of COA's positions has a line for " + code + " from "
                        + dates[0] + " to " + dates[1] + lacking(figure));
            }
            CoaConvention.adoptionRefusal(found.line()).ifPresent(why -> {
                throw InvalidInputException.of(importId != null ? "importId" : "deadline", why);
            });
            requirePublishedBy(found, decided).throwIfAny();
            return store(List.of(adoption(found, deadline, figure, reason, decided))).map(stored -> stored.get(0));
        });
    }

    /**
     * The Rijk's adoption at national level: {@code figure} of COA's at {@code deadline}, as {@link #adopt} takes it, for
     * every municipality of the country that an import has such a line for, in one transaction that judges all of them
     * again. 400 naming deadline when it is no deadline that has come or no import has a line for any municipality.
     */
    public Uni<List<Adoption>> adoptNationally(LocalDate deadline, AdoptedFigure figure, String reason) {
        return adoptNationally(deadline, figure, reason, null);
    }

    /** As {@link #adoptNationally(LocalDate, AdoptedFigure, String)}, decided on {@code decidedOn} (null: today). */
    public Uni<List<Adoption>> adoptNationally(LocalDate deadline, AdoptedFigure figure, String reason, LocalDate decidedOn) {
        LocalDate[] dates = referenceDates(deadline, figure);
        LocalDate decided = decided(decidedOn);
        return imports.latestOfCountry(dates[0], dates[1]).flatMap(found -> {
            if (found.isEmpty()) {
                throw InvalidInputException.of("deadline", "no import of COA's positions has a line for any municipality from "
                        + dates[0] + " to " + dates[1] + lacking(figure));
            }
            Violations refused = new Violations();
            found.forEach(line -> CoaConvention.adoptionRefusal(line.line()).ifPresent(why -> refused.add("deadline", why)));
            refused.throwIfAny();
            found.forEach(line -> requirePublishedBy(line, decided).list().forEach(p -> refused.add(p.name(), p.reason())));
            refused.throwIfAny();
            return store(found.stream().map(line -> adoption(line, deadline, figure, reason, decided)).toList());
        });
    }

    /** A line of an import of the province's, named to adopt. */
    public record NamedLine(String municipalityCode, UUID importId, int line) {
    }

    /**
     * A province adopts {@code figure} of COA's file at {@code deadline} for its municipalities in one step: the lines
     * {@code confirmed} (each of an import of the province, of a municipality the register places in it, in the figure's
     * reference dates), in one transaction that judges all of them again. Nothing is adopted when one is refused: 400
     * naming each ({@code lines[i]}) and why.
     */
    public Uni<List<Adoption>> adoptForProvince(String provinceCode, LocalDate deadline, AdoptedFigure figure, String reason,
                                                LocalDate decidedOn, List<NamedLine> confirmed) {
        LocalDate[] dates = referenceDates(deadline, figure);
        LocalDate decided = decided(decidedOn);
        return imports.linesOfProvince(provinceCode, confirmed.stream().map(NamedLine::importId).toList(),
                        confirmed.stream().map(NamedLine::line).toList())
                .flatMap(found -> municipalitiesOf(provinceCode).map(inProvince -> {
                    Violations refused = new Violations();
                    List<Adoption> adoptions = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    for (int i = 0; i < confirmed.size(); i++) {
                        NamedLine named = confirmed.get(i);
                        String field = "lines[" + i + "]";
                        ImportedLine line = found.stream().filter(l -> l.importId().equals(named.importId()) && l.line().line() == named.line())
                                .findFirst().orElse(null);
                        if (line == null) {
                            refused.add(field + ".line", "import " + named.importId() + " of province " + provinceCode + " has no line "
                                    + named.line());
                        } else if (!line.line().municipalityCode().equals(named.municipalityCode())) {
                            refused.add(field + ".municipalityCode", "line " + named.line() + " is " + line.line().municipalityCode()
                                    + "'s, not " + named.municipalityCode() + "'s");
                        } else if (!inProvince.contains(named.municipalityCode())) {
                            refused.add(field + ".municipalityCode", named.municipalityCode() + " does not lie in province " + provinceCode);
                        } else if (line.line().referenceDate().isBefore(dates[0]) || line.line().referenceDate().isAfter(dates[1])) {
                            refused.add(field + ".line", "line " + named.line() + " is of " + line.line().referenceDate() + ", not from "
                                    + dates[0] + " to " + dates[1] + lacking(figure));
                        } else if (!seen.add(named.municipalityCode())) {
                            refused.add(field + ".municipalityCode", named.municipalityCode() + " is named more than once");
                        } else if (CoaConvention.adoptionRefusal(line.line()).isPresent()) {
                            refused.add(field + ".line", CoaConvention.adoptionRefusal(line.line()).get());
                        } else if (line.line().referenceDate().isAfter(decided)) {
                            refused.add("decidedOn", publishedAfter(line, decided));
                        } else {
                            adoptions.add(adoption(line, deadline, figure, reason, decided));
                        }
                    }
                    refused.throwIfAny();
                    return adoptions;
                }))
                .flatMap(this::store);
    }

    /** The municipalities the register places in the province. */
    private Uni<Set<String>> municipalitiesOf(String provinceCode) {
        return CoaAdoptionStore.municipalitiesOfProvince(pool, provinceCode).map(HashSet::new);
    }

    /** The day the adoption was decided: {@code decidedOn}, by default today; 400 naming decidedOn after today. */
    private LocalDate decided(LocalDate decidedOn) {
        LocalDate today = LocalDate.now(clock);
        if (decidedOn != null && decidedOn.isAfter(today)) {
            throw InvalidInputException.of("decidedOn", "lies in the future: an adoption is decided today or was decided earlier");
        }
        return decidedOn == null ? today : decidedOn;
    }

    /** Nobody adopts COA's figure before COA published it: the line's reference date lies on or before the day decided. */
    private static Violations requirePublishedBy(ImportedLine line, LocalDate decided) {
        return new Violations().check(!line.line().referenceDate().isAfter(decided), "decidedOn", publishedAfter(line, decided));
    }

    private static String publishedAfter(ImportedLine line, LocalDate decided) {
        return "lies before " + line.line().referenceDate() + ", the reference date of COA's figure for " + line.line().municipalityCode()
                + ": it was not published on " + decided;
    }

    private LocalDate[] referenceDates(LocalDate deadline, AdoptedFigure figure) {
        return CoaAdoptionRules.referenceDates(deadline, figure, LocalDate.now(clock));
    }

    private static String lacking(AdoptedFigure figure) {
        return figure == AdoptedFigure.END_POSITION
                ? ", the end of the half-year before the deadline: import COA's file of that date first"
                : ", in the half-year starting at the deadline: import a file of COA's of that half-year first";
    }

    private Adoption adoption(ImportedLine found, LocalDate deadline, AdoptedFigure figure, String reason, LocalDate decidedOn) {
        return new Adoption(UUID.randomUUID(), found.line().municipalityCode(), deadline, figure, CoaConvention.carriedIn(figure, found.line()),
                found.line().referenceDate(), found.importId(), found.line().line(), reason, caller.name(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), caller.is(Roles.RIJK) ? Adopter.RIJK : Adopter.PROVINCE, decidedOn);
    }

    /** Stores the adoptions, raises their municipalities' ledger versions and judges them again: one transaction. */
    private Uni<List<Adoption>> store(List<Adoption> adoptions) {
        List<String> versions = adoptions.stream().map(Adoption::municipalityCode).toList();
        Map<String, VerdictRecorder.Cause> causes = new HashMap<>();
        adoptions.forEach(a -> causes.put(a.municipalityCode(), new VerdictRecorder.Cause(ADOPTED_CAUSE, a.id())));
        return pool.withTransaction(db -> CoaAdoptionStore.insert(db, adoptions)
                        .chain(() -> MunicipalityLedgerStore.raiseVersions(db, versions))
                        .chain(() -> verdicts.rejudge(db, causes)))
                .replaceWith(adoptions);
    }
}
