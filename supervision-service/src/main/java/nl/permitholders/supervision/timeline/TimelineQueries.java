package nl.permitholders.supervision.timeline;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.reference.ProvinceStore;
import nl.permitholders.supervision.store.ReadPool;

/** Backlogs at every deadline and persons housed per month over the years, of a municipality or a province. */
@ApplicationScoped
public class TimelineQueries {

    /** At most twenty years in one answer. */
    static final int MAX_HALF_YEARS = 40;

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    Clock clock;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /**
     * From {@code from} (default: the first half-year of its ledger) up to {@code until} (default: the current half-year,
     * or the first if that is later); stops at a merger or a split (R3).
     */
    public Uni<TimelineView> municipality(String code, Optional<Period> fromParam, Optional<Period> untilParam) {
        return ledgers.of(code).map(known -> municipality(known, fromParam, untilParam));
    }

    /** As {@link #municipality(String, Optional, Optional)}, of a municipality whose ledger has been read. */
    public TimelineView municipality(KnownMunicipality known, Optional<Period> fromParam, Optional<Period> untilParam) {
        LocalDate now = LocalDate.now(clock);
        Period current = Period.containing(now);
        Period from = fromParam.orElse(known.ledger().start().orElse(current));
        Period until = until(from, untilParam, current);
        return TimelineView.of(known.code(), known.municipality() == null ? null : known.municipality().name(), from, until,
                Timeline.of(known.ledger(), from, until, now, known.ceasedFrom()));
    }

    /**
     * The sum of the province's municipalities, from {@code from} (default: the earliest half-year of their ledgers) up
     * to {@code until} (default: the current half-year); a merged or split municipality counts up to its merger or split (R3).
     */
    public Uni<TimelineView> province(String code, Optional<Period> fromParam, Optional<Period> untilParam) {
        return province(code, fromParam, untilParam, null, AsOfView.KNOWN_TODAY);
    }

    /**
     * As {@link #province(String, Optional, Optional)}, as it stood on {@code asOf} (null: today) in {@code view}: the
     * deadlines passed by then judged, the facts as {@link KnownMunicipality#seenOn} shows them.
     */
    public Uni<TimelineView> province(String code, Optional<Period> fromParam, Optional<Period> untilParam, LocalDate asOf, AsOfView view) {
        LocalDate today = LocalDate.now(clock);
        LocalDate now = asOf != null && asOf.isBefore(today) ? asOf : today;
        return ProvinceStore.name(reads, code)
                .map(name -> name.orElseThrow(() -> new ResourceNotFoundException("Nothing is known yet about province " + code + ".")))
                .flatMap(provinceName -> {
                    Period current = Period.containing(now);
                    return from(code, fromParam, current).flatMap(from -> {
                        Period until = until(from, untilParam, current);
                        return ledgers.eachOfProvince(code, k -> Timeline.of(k.seenOn(asOf, view, today).ledger(), from, until, now,
                                        k.ceasedFrom()))
                                .map(parts -> TimelineView.of(code, provinceName, from, until, Timeline.sum(from, until, now, parts)));
                    });
                });
    }

    /**
     * The first half-year asked for; by default the earliest of the province's ledgers (the current half-year if none has
     * figures), found in a pass over the ledgers before the one that computes the timelines: neither holds them all.
     */
    private Uni<Period> from(String code, Optional<Period> asked, Period current) {
        if (asked.isPresent()) {
            return Uni.createFrom().item(asked.get());
        }
        return ledgers.eachOfProvince(code, known -> known.ledger().start())
                .map(starts -> starts.stream().flatMap(Optional::stream).min(Period::compareTo).orElse(current));
    }

    /**
     * The last half-year asked for, by default the current one; a ledger may start in a later half-year (its quota is
     * known ahead), so the default runs up to {@code from} at least. 400 for a range that is reversed or too long.
     */
    private static Period until(Period from, Optional<Period> asked, Period current) {
        Period until = asked.orElse(from.isBefore(current) ? current : from);
        if (until.isBefore(from)) {
            throw InvalidInputException.of("until", "must not be before 'from' (" + from + ")");
        }
        int halfYears = (until.year() - from.year()) * 2 + until.half() - from.half() + 1;
        if (halfYears > MAX_HALF_YEARS) {
            throw InvalidInputException.of("from", "at most " + MAX_HALF_YEARS + " half-years at once; give a later 'from'");
        }
        return until;
    }
}
