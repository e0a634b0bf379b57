package nl.permitholders.dashboard.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.permitholders.dashboard.HalfYear;
import org.junit.jupiter.api.Test;

/** The national series as the Rijk published it, read as the national page shows it: nine half-years, 2019-I to 2023-I. */
class PublishedNationalSeriesTest {

    @Test
    void theRijksTableHoldsNineHalfYearsFrom2019ITo2023IWithTheirFourFiguresAsPublished() {
        List<PublishedNationalSeries.Published> series = PublishedNationalSeries.halfYears();
        assertThat(series).hasSize(9);
        assertThat(series.get(0)).isEqualTo(new PublishedNationalSeries.Published(HalfYear.parse("period", "2019-H1"), 6_000, 8_934, 6_372, -2_540));
        // 2022-II ended ahead: the Rijk writes a lead positive.
        assertThat(series.get(7)).isEqualTo(new PublishedNationalSeries.Published(HalfYear.parse("period", "2022-H2"), 13_500, 15_333, 17_126, 1_793));
        assertThat(series.get(8).period()).isEqualTo(HalfYear.parse("period", "2023-H1"));
        assertThat(PublishedNationalSeries.SOURCE).contains("2024Z12156");
    }
}
