package nl.permitholders.supervision.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.ledger.SplitBacklogRule;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.timeline.Timeline;
import org.junit.jupiter.api.Test;

/**
 * R3, splits: from the split's half-year on a split municipality's backlog is its receivers', by share, and counts once:
 * in their parts, not again in its own ledger. Haaren ends 2020 with 20 to house and is split over two receivers of 10
 * each on 1 January 2021 (1 : 1); the country carries 40 into 2021-I, not 60.
 */
class SplitCountedOnceTest {

    private static final Period H2_2020 = Period.parse("2020-H2");
    private static final Period H1_2021 = Period.parse("2021-H1");
    private static final LocalDate SPLIT = H1_2021.firstDay();

    private static BacklogLedger ledger(String code, int quota2020) {
        return new BacklogLedger(code, List.of(Entries.quota(UUID.randomUUID(), "t", code, H2_2020, quota2020, 1)));
    }

    private static KnownMunicipality known(String code, BacklogLedger ledger, Optional<LocalDate> splitOn) {
        return new KnownMunicipality(code, new Municipality(code, null, "PV30"), ledger, Optional.empty(), splitOn);
    }

    private static List<KnownMunicipality> country() {
        BacklogLedger haaren = ledger("GM0788", 20).splitOn(SPLIT);
        Map<String, Long> shares = new LinkedHashMap<>();
        shares.put("GM0865", 1L);
        shares.put("GM0757", 1L);
        return List.of(known("GM0788", haaren, Optional.of(SPLIT)),
                known("GM0865", ledger("GM0865", 10).withTakeOvers(SplitBacklogRule.partsFor("GM0865", SPLIT, haaren, shares)), Optional.empty()),
                known("GM0757", ledger("GM0757", 10).withTakeOvers(SplitBacklogRule.partsFor("GM0757", SPLIT, haaren, shares)), Optional.empty()));
    }

    @Test
    void theNationalSeriesCountsTheSplitMunicipalitysBacklogOnceInItsReceiversParts() {
        List<NationalSeries.HalfYear> series = NationalSeries.sum(country().stream()
                .map(m -> NationalSeries.of(m, H2_2020, H1_2021)).toList(), H2_2020, H1_2021);

        assertThat(series.get(0).figures().position()).isEqualTo(40);
        assertThat(series.get(1).figures().adjustedQuota()).as("carried into 2021-I").isEqualTo(40);
        assertThat(series.get(1).ownArithmetic().adjustedQuota()).isEqualTo(40);
    }

    @Test
    void theProvincesTimelineCountsItOnceToo() {
        LocalDate today = LocalDate.of(2021, 8, 1);
        Timeline province = Timeline.sum(H2_2020, H1_2021, today, country().stream()
                .map(m -> Timeline.of(m.ledger(), H2_2020, H1_2021, today, m.ceasedFrom())).toList());

        assertThat(province.deadlines().get(0).backlog()).isEqualTo(40);
        assertThat(province.deadlines().get(1).backlog()).isEqualTo(40);
        assertThat(country().get(0).ceasedFrom()).contains(H1_2021);
    }
}
