package nl.permitholders.supervision.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The map of municipalities the overview and the national page draw as SVG on the server (no script, tiles or fonts
 * from elsewhere): every municipality with boundaries in the half-year's file, coloured by its schedule colour, red
 * also hatched so that colour is not the only sign; each a link to its page whose name and figures show on hover
 * and focus. Municipalities without boundaries in that file are listed under the map. The table beside it is its
 * keyboard and screen-reader equivalent.
 */
public record MunicipalityMap(String viewBox, int boundariesYear, List<Area> areas, List<String> withoutBoundaries,
                              List<String> provinceOutlines) {

    /** One municipality on the map: its outline as an SVG path, its colour's class, and what hover and focus show. */
    public record Area(String code, String path, String colour, String label, String link) {
    }

    /** What the map shows of a municipality: its name, its schedule colour (groen, oranje, rood) and its figures in words. */
    public record Position(String code, String name, String colour, String figures, String link) {
    }

    private static final double WIDTH = 600;
    /** Longitude shrinks with latitude: at the Netherlands' 52° a degree east is 0.62 of a degree north. */
    private static final double EAST = Math.cos(Math.toRadians(52.2));

    /** The map of {@code positions} with the boundaries for {@code year}. */
    static MunicipalityMap of(int year, List<Position> positions) {
        return of(year, positions, false);
    }

    /** The map of {@code positions}, with the provinces' outlines over it when {@code withProvinces}: the country's map. */
    static MunicipalityMap of(int year, List<Position> positions, boolean withProvinces) {
        Boundaries.Year boundaries = Boundaries.forYear(year);
        List<Position> drawn = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<Boundaries.Shape> framed = new ArrayList<>();
        for (Position p : positions) {
            Boundaries.Shape shape = boundaries.shapes().get(p.code());
            if (shape == null) {
                without.add(p.name());
                continue;
            }
            drawn.add(p);
            framed.add(shape);
        }
        List<Boundaries.Shape> provinces = withProvinces && !drawn.isEmpty()
                ? List.copyOf(Boundaries.provincesForYear(year).shapes().values()) : List.of();
        // The country's map frames the whole country, a province's its own municipalities.
        framed.addAll(provinces);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Boundaries.Shape shape : framed) {
            for (List<List<double[]>> polygon : shape.polygons()) {
                for (double[] point : polygon.get(0)) {
                    minX = Math.min(minX, point[0] * EAST);
                    maxX = Math.max(maxX, point[0] * EAST);
                    minY = Math.min(minY, -point[1]);
                    maxY = Math.max(maxY, -point[1]);
                }
            }
        }
        if (drawn.isEmpty()) {
            return new MunicipalityMap("0 0 " + (int) WIDTH + " 10", boundaries.year(), List.of(), without, List.of());
        }
        double scale = WIDTH / Math.max(maxX - minX, 1e-9);
        double height = (maxY - minY) * scale;
        List<Area> areas = new ArrayList<>();
        for (Position p : drawn) {
            areas.add(new Area(p.code(), path(boundaries.shapes().get(p.code()), minX, minY, scale), p.colour(),
                    p.name() + ": " + p.figures(), p.link()));
        }
        List<String> outlines = new ArrayList<>();
        for (Boundaries.Shape province : provinces) {
            outlines.add(path(province, minX, minY, scale));
        }
        return new MunicipalityMap("0 0 " + (int) WIDTH + " " + (int) Math.ceil(height), boundaries.year(), areas, without, outlines);
    }

    /** Every polygon's rings as one path; holes cut out by the even-odd rule. */
    private static String path(Boundaries.Shape shape, double minX, double minY, double scale) {
        StringBuilder d = new StringBuilder();
        for (List<List<double[]>> polygon : shape.polygons()) {
            for (List<double[]> ring : polygon) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] * EAST - minX) * scale;
                    double y = (-ring.get(i)[1] - minY) * scale;
                    d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                }
                d.append('Z');
            }
        }
        return d.toString();
    }

    /** The positions of municipalities with the given figures, in Dutch, for the map's hover and focus. */
    static Position position(String code, String name, int backlog, int scheduleGap, int adjustedQuota, String link) {
        String colour = io.quarkus.qute.i18n.MessageBundles.get(Labels.class).scheduleColour(ScheduleColour.of(scheduleGap, adjustedQuota));
        return new Position(code, name, colour, "nog te huisvesten " + DutchFormat.number(backlog) + ", achter op schema "
                + DutchFormat.number(scheduleGap) + ", schemakleur " + colour, link);
    }
}
