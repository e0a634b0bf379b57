package nl.permitholders.dashboard.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.LocalDate;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.api.ScheduleColour;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.BacklogPerThousand;

/**
 * The map of municipalities the overview and the national page draw as SVG on the server (no script, tiles or fonts
 * from elsewhere): every municipality with boundaries in the half-year's file, coloured by its schedule colour or, as
 * the person chooses ({@link Colouring}), by its backlog per 1,000 inhabitants ({@link BacklogPerThousand}); the
 * highest class and the unknown are also hatched so that colour is not the only sign. Each municipality is a link to
 * its page whose name and figures show on hover and focus. Municipalities without boundaries in that file are listed
 * under the map. The table beside it is its keyboard and screen-reader equivalent.
 */
public record MunicipalityMap(String viewBox, int boundariesYear, List<Area> areas, List<String> withoutBoundaries,
                              List<String> provinceOutlines, Legend legend, List<Choice> choices) {

    /** What the map is coloured by, as the page's link names it ({@code kaart=}). */
    public enum Colouring {
        SCHEDULE("schemakleur", "schemakleur"),
        PER_THOUSAND("inwoners", "achterstand per 1.000 inwoners");

        public final String value;
        public final String label;

        Colouring(String value, String label) {
            this.value = value;
            this.label = label;
        }

        /** The colouring a link chose; the schedule colour when none; a clear refusal for a value no link offers. */
        public static Colouring of(String text) {
            if (text == null || text.isBlank()) {
                return SCHEDULE;
            }
            for (Colouring c : values()) {
                if (c.value.equals(text)) {
                    return c;
                }
            }
            throw new jakarta.ws.rs.BadRequestException("kaart must be schemakleur or inwoners");
        }
    }

    /** What the map shows (its heading), its legend's classes (each a colour class and its words) and a note under them. */
    public record Legend(String subject, List<Key> keys, String note) {
    }

    /** One class of the legend: the colour class the areas use and what it means. */
    public record Key(String colour, String text) {
    }

    /** A way to colour the map, as a plain link to the same page; {@code chosen} for the one shown. */
    public record Choice(String label, String href, boolean chosen) {
    }

    /** The schedule colour's legend. */
    public static final Legend SCHEDULE_LEGEND = new Legend("de schemakleur per gemeente", List.of(
            new Key("groen", "groen: op schema"), new Key("oranje", "oranje: tot een maand achter"),
            new Key("rood", "rood (gearceerd): meer dan een maand achter")), null);

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
    public static MunicipalityMap of(int year, List<Position> positions) {
        return of(year, positions, false);
    }

    /** The map of {@code positions}, with the provinces' outlines over it when {@code withProvinces}: the country's map. */
    public static MunicipalityMap of(int year, List<Position> positions, boolean withProvinces) {
        return of(year, positions, withProvinces, SCHEDULE_LEGEND);
    }

    /** The map of {@code positions} coloured as {@code legend} explains. */
    public static MunicipalityMap of(int year, List<Position> positions, boolean withProvinces, Legend legend) {
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
            return new MunicipalityMap("0 0 " + (int) WIDTH + " 10", boundaries.year(), List.of(), without, List.of(), legend, List.of());
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
        return new MunicipalityMap("0 0 " + (int) WIDTH + " " + (int) Math.ceil(height), boundaries.year(), areas, without, outlines,
                legend, List.of());
    }

    /** This map with the links to colour it either way: the page at {@code path} for {@code period}, the map in view. */
    public MunicipalityMap withChoices(String path, HalfYear period, Colouring chosen) {
        List<Choice> choices = new ArrayList<>();
        for (Colouring c : Colouring.values()) {
            choices.add(new Choice(c.label, path + "?periode=" + period + (c == Colouring.SCHEDULE ? "" : "&kaart=" + c.value) + "#kaart",
                    c == chosen));
        }
        return new MunicipalityMap(viewBox, boundariesYear, areas, withoutBoundaries, provinceOutlines, legend, choices);
    }

    /** The same map with {@code choices} above it: what else it can be coloured by, each a link. */
    public MunicipalityMap withChoices(List<Choice> choices) {
        return new MunicipalityMap(viewBox, boundariesYear, areas, withoutBoundaries, provinceOutlines, legend, List.copyOf(choices));
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

    /** The colour class of each class of the backlog per 1,000 inhabitants: a scale from light to dark, the unknown apart. */
    public static String colour(BacklogPerThousand.Band band) {
        return switch (band) {
            case NONE -> "inw-0";
            case BELOW_HALF -> "inw-1";
            case HALF_TO_ONE -> "inw-2";
            case ONE_TO_TWO -> "inw-3";
            case TWO_OR_MORE -> "inw-4";
            case UNKNOWN -> "inw-onbekend";
        };
    }

    /** The legend of the backlog per 1,000 inhabitants, naming the reference date of the populations (none: none known). */
    public static Legend perThousandLegend(LocalDate referenceDate) {
        return new Legend("nog te huisvesten per 1.000 inwoners", List.of(
                new Key(colour(BacklogPerThousand.Band.NONE), "geen achterstand"),
                new Key(colour(BacklogPerThousand.Band.BELOW_HALF), "minder dan 0,5 per 1.000 inwoners"),
                new Key(colour(BacklogPerThousand.Band.HALF_TO_ONE), "0,5 tot 1 per 1.000 inwoners"),
                new Key(colour(BacklogPerThousand.Band.ONE_TO_TWO), "1 tot 2 per 1.000 inwoners (gestippeld)"),
                new Key(colour(BacklogPerThousand.Band.TWO_OR_MORE), "2 of meer per 1.000 inwoners (gearceerd)"),
                new Key(colour(BacklogPerThousand.Band.UNKNOWN), DutchFormat.NO_POPULATION + " (grijs gearceerd)")),
                referenceDate == null
                        ? "Er is nog geen inwonertal bekend op of voor het begin van dit halfjaar."
                        : "Inwonertallen van het CBS op " + DutchFormat.date(referenceDate) + ", de laatste peildatum op of voor het begin van het halfjaar.");
    }

    /** A municipality on the map coloured by its backlog per 1,000 inhabitants. */
    public static Position perThousand(String code, String name, int backlog, Integer population, String link) {
        BacklogPerThousand figure = BacklogPerThousand.of(backlog, population);
        return new Position(code, name, colour(figure.band()), "nog te huisvesten " + DutchFormat.number(backlog) + ", "
                + DutchFormat.perThousand(figure) + (figure.known() ? " (" + DutchFormat.number(population) + " inwoners)" : ""), link);
    }

    /** The positions of municipalities with the given figures, in Dutch, for the map's hover and focus. */
    public static Position position(String code, String name, int backlog, int scheduleGap, ScheduleColour scheduleColour, String link) {
        String colour = io.quarkus.qute.i18n.MessageBundles.get(Labels.class).scheduleColour(scheduleColour);
        return new Position(code, name, colour, "nog te huisvesten " + DutchFormat.number(backlog) + ", achter op schema "
                + DutchFormat.number(scheduleGap) + ", schemakleur " + colour, link);
    }
}
