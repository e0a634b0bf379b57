package nl.permitholders.supervision.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacklogChartTest {

    @Test
    void aBarPerDeadlineLabelledWithItsBacklogAndDateTheTallestFillingThePlot() {
        String svg = BacklogChart.svg(List.of(new Letter.ChartPoint(LocalDate.of(2024, 7, 1), 90),
                new Letter.ChartPoint(LocalDate.of(2025, 1, 1), 1170)));

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(svg.split("<rect ", -1)).hasSize(3);
        assertThat(svg).contains(">90</text>", ">1.170</text>", ">1 juli 2024</text>", ">1 januari 2025</text>");
        // The tallest bar runs from the zero line (at the bottom of the plot) to the top of the plot.
        assertThat(svg).contains("y=\"18.0\" width=\"228.0\" height=\"164.0\"");
    }

    @Test
    void aBacklogBelowZeroHangsUnderTheZeroLine() {
        String svg = BacklogChart.svg(List.of(new Letter.ChartPoint(LocalDate.of(2024, 7, 1), 30),
                new Letter.ChartPoint(LocalDate.of(2025, 1, 1), -10)));

        // 30 above and 10 below share the 164 points of the plot: zero at 18 + 30 * 4.1.
        assertThat(svg).contains("y1=\"141.0\"", "y=\"141.0\" width=\"228.0\" height=\"41.0\"", ">-10</text>");
    }

    @Test
    void barsTooCloseForADateEachAreLabelledEverySoManyCountingBackFromTheLast() {
        List<Letter.ChartPoint> twelve = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            twelve.add(new Letter.ChartPoint(LocalDate.of(2020, 7, 1).plusMonths(6L * i), 10 + i));
        }

        // 480 wide: 40 each, half the room a label takes, so every second bar from the last is labelled.
        String svg = BacklogChart.svg(twelve);

        assertThat(svg.split("<rect ", -1)).hasSize(13);
        assertThat(svg.split("<text ", -1)).hasSize(13);
        assertThat(svg).contains(">21</text>", ">19</text>", ">11</text>").doesNotContain(">20</text>", ">10</text>");
        // As wide as a label each needs: every bar labelled.
        assertThat(BacklogChart.svg(twelve, 12 * BacklogChart.LABEL_ROOM).split("<text ", -1)).hasSize(25);
    }

    @Test
    void noDeadlinesNoChart() {
        assertThat(BacklogChart.svg(List.of())).isEmpty();
    }
}
