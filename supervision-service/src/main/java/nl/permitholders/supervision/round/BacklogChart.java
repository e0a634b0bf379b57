package nl.permitholders.supervision.round;

import java.util.List;
import java.util.Locale;
import nl.permitholders.display.DutchFormat;

/**
 * The backlog at the last deadlines as an inline SVG bar chart, for a PDF (which runs no JavaScript, so not the
 * dashboard's Chart.js): the same series, the timeline's backlog at every deadline. A bar per deadline, labelled with
 * the backlog above it and the deadline's date below it; a backlog below zero (ahead) hangs under the zero line. The bar
 * is the position judged at the deadline (COA's end position where adopted); where the system's own arithmetic differs,
 * a dashed mark across the bar shows it. Where the bars stand too close for a date each, every so many bars are
 * labelled, counting back from the last.
 */
public final class BacklogChart {

    public static final int WIDTH = 480;
    static final int HEIGHT = 200;
    private static final int LABELS = 18;
    private static final int BAR_GAP = 12;
    /** The narrowest room a bar's labels ("1 januari 2025") take without running into the next ones. */
    public static final int LABEL_ROOM = 80;

    private BacklogChart() {
    }

    /** The SVG element, {@value #WIDTH} wide; empty text for no deadlines. */
    public static String svg(List<Letter.ChartPoint> deadlines) {
        return svg(deadlines, WIDTH);
    }

    /** As {@link #svg(List)}, {@code width} wide. */
    public static String svg(List<Letter.ChartPoint> deadlines, int width) {
        if (deadlines.isEmpty()) {
            return "";
        }
        int max = Math.max(1, deadlines.stream().mapToInt(p -> Math.max(p.backlog(), p.ownBacklog())).max().orElse(0));
        int min = Math.min(0, deadlines.stream().mapToInt(p -> Math.min(p.backlog(), p.ownBacklog())).min().orElse(0));
        double plot = HEIGHT - 2.0 * LABELS;
        double perPerson = plot / (max - min);
        double zero = LABELS + max * perPerson;
        double slot = (double) width / deadlines.size();
        int labelEvery = (int) Math.ceil(LABEL_ROOM / slot);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"10\">",
                width, HEIGHT, width, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#555555\" stroke-width=\"1\"/>", zero, width, zero));
        for (int i = 0; i < deadlines.size(); i++) {
            Letter.ChartPoint point = deadlines.get(i);
            double x = i * slot + BAR_GAP / 2.0;
            double height = Math.abs(point.backlog()) * perPerson;
            double top = point.backlog() >= 0 ? zero - height : zero;
            double middle = x + (slot - BAR_GAP) / 2;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f5c99\"/>",
                    x, top, slot - BAR_GAP, height));
            if (point.differs()) {
                double own = zero - point.ownBacklog() * perPerson;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c05a00\" "
                        + "stroke-width=\"2\" stroke-dasharray=\"4 2\"><title>eigen berekening %s</title></line>", x - 2, own,
                        x + slot - BAR_GAP + 2, own, DutchFormat.number(point.ownBacklog())));
            }
            if ((deadlines.size() - 1 - i) % labelEvery != 0) {
                continue;
            }
            double valueAt = point.backlog() >= 0 ? top - 4 : top + height + 12;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    middle, valueAt, DutchFormat.number(point.backlog())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    middle, HEIGHT - 4, DutchFormat.date(point.deadline())));
        }
        return svg.append("</svg>").toString();
    }
}
