package nl.permitholders.supervision.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.KnownMunicipality;

/**
 * The national series per half-year, as the Rijk publishes it (answer to parliamentary questions 2024Z12156): the
 * quota, the quota including the backlog (or lead) carried in, the persons housed and the position at the end, summed
 * over the country's municipalities. Where the Rijk or province staff adopted COA's figures (re-anchoring; the Rijk's
 * adoption where both adopted at a deadline, {@link BacklogLedger#forTheNationalSeries}), the series counts them
 * as COA published them: the amount carried in as COA carried it, the position at the end as COA published it, even
 * where that is not the adjusted quota minus the housed. Beside it, the system's own arithmetic without any adoption
 * (R4: the end of one half-year carried into the next), and the difference: the Rijk's reconciliation.
 */
public final class NationalSeries {

    /** Quota, quota including what was carried in, persons housed and the position at the end (a backlog positive). */
    public record Figures(int quota, int adjustedQuota, int housed, int position) {

        Figures plus(Figures other) {
            return new Figures(quota + other.quota, adjustedQuota + other.adjustedQuota, housed + other.housed, position + other.position);
        }

        Figures minus(Figures other) {
            return new Figures(quota - other.quota, adjustedQuota - other.adjustedQuota, housed - other.housed, position - other.position);
        }
    }

    /**
     * One half-year: {@code figures} with COA's adopted figures, {@code ownArithmetic} without them, and
     * {@code difference} the first minus the second.
     */
    public record HalfYear(Period period, Figures figures, Figures ownArithmetic, Figures difference) {
    }

    private static final Figures NONE = new Figures(0, 0, 0, 0);

    private NationalSeries() {
    }

    /** One municipality's part of the series, every half-year from {@code from} to {@code to}: nothing once merged or split (R3). */
    public static List<HalfYear> of(KnownMunicipality m, Period from, Period to) {
        return of(m, from, to, null);
    }

    /**
     * As {@link #of(KnownMunicipality, Period, Period)}, as it stood on {@code asOf} when given: persons housed up to that
     * date, and only the adoptions of COA's figures decided by then ({@link BacklogLedger#knownOn}).
     */
    public static List<HalfYear> of(KnownMunicipality m, Period from, Period to, LocalDate asOf) {
        BacklogLedger ledger = (asOf == null ? m.ledger() : m.ledger().knownOn(asOf)).forTheNationalSeries();
        BacklogLedger own = ledger.withoutAdoptions();
        List<HalfYear> series = new ArrayList<>();
        for (Period p = from; !to.isBefore(p); p = p.next()) {
            Figures figures = m.ceasedBy(p) ? NONE : published(ledger, p, asOf);
            Figures ownFigures = m.ceasedBy(p) ? NONE : arithmetic(own, p, asOf);
            series.add(new HalfYear(p, figures, ownFigures, figures.minus(ownFigures)));
        }
        return series;
    }

    /** The country's series: the municipalities' parts, each of the same half-years, added up. */
    public static List<HalfYear> sum(List<List<HalfYear>> parts, Period from, Period to) {
        List<HalfYear> series = new ArrayList<>();
        int i = 0;
        for (Period p = from; !to.isBefore(p); p = p.next(), i++) {
            Figures figures = NONE;
            Figures own = NONE;
            for (List<HalfYear> part : parts) {
                figures = figures.plus(part.get(i).figures());
                own = own.plus(part.get(i).ownArithmetic());
            }
            series.add(new HalfYear(p, figures, own, figures.minus(own)));
        }
        return series;
    }

    private static Figures published(BacklogLedger ledger, Period p, LocalDate asOf) {
        var f = ledger.figures(p, asOf);
        return new Figures(f.quota(), f.adjustedQuota(), f.housed(), ledger.adoptedEndPosition(p).orElse(f.backlog()));
    }

    private static Figures arithmetic(BacklogLedger own, Period p, LocalDate asOf) {
        var f = own.figures(p, asOf);
        return new Figures(f.quota(), f.adjustedQuota(), f.housed(), f.backlog());
    }
}
