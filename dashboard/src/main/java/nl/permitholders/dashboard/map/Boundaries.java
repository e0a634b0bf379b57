package nl.permitholders.dashboard.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The municipalities' boundaries of a year, from the TopoJSON files in resources/geo (CBS and Kadaster through PDOK,
 * simplified; see its README for source and licence), decoded to rings of longitude and latitude. A year without a
 * file of its own takes the nearest earlier one, or the earliest: boundaries change only with a merger, and a
 * municipality missing from the file is the caller's to list.
 */
final class Boundaries {

    /** The years with a municipality file in resources/geo. */
    static final NavigableMap<Integer, String> MUNICIPALITY_FILES = new TreeMap<>(Map.of(
            2024, "geo/gemeente_2024.topojson", 2025, "geo/gemeente_2025.topojson", 2026, "geo/gemeente_2026.topojson"));

    /** The years with a province file in resources/geo. */
    static final NavigableMap<Integer, String> PROVINCE_FILES = new TreeMap<>(Map.of(
            2025, "geo/provincie_2025.topojson", 2026, "geo/provincie_2026.topojson"));

    /** A municipality's outline: its CBS name and its polygons, each a list of rings of [longitude, latitude]. */
    record Shape(String code, String name, List<List<List<double[]>>> polygons) {
    }

    /** The boundaries of one file: which year's they are and the shapes by CBS code. */
    record Year(int year, Map<String, Shape> shapes) {
    }

    private static final Map<String, Year> LOADED = new ConcurrentHashMap<>();

    private Boundaries() {
    }

    /** The municipalities' boundaries to draw a half-year of {@code year} with. */
    static Year forYear(int year) {
        return nearest(MUNICIPALITY_FILES, year);
    }

    /** The provinces' boundaries to draw a half-year of {@code year} with. */
    static Year provincesForYear(int year) {
        return nearest(PROVINCE_FILES, year);
    }

    private static Year nearest(NavigableMap<Integer, String> files, int year) {
        Map.Entry<Integer, String> file = files.floorEntry(year);
        Map.Entry<Integer, String> chosen = file != null ? file : files.firstEntry();
        return LOADED.computeIfAbsent(chosen.getValue(), path -> new Year(chosen.getKey(), read(path)));
    }

    private static Map<String, Shape> read(String resource) {
        try (InputStream in = Boundaries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing boundaries " + resource);
            }
            return decode(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TopoJSON: arcs quantized and delta-encoded, geometries naming arcs by index (~i for an arc run backwards). */
    static Map<String, Shape> decode(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1), sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0), ty = transform.path("translate").path(1).asDouble(0);
        List<List<double[]>> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            List<double[]> points = new ArrayList<>();
            long x = 0, y = 0;
            for (JsonNode point : arc) {
                x += point.path(0).asLong();
                y += point.path(1).asLong();
                points.add(new double[] {x * sx + tx, y * sy + ty});
            }
            arcs.add(points);
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        JsonNode collection = topology.path("objects").elements().next();
        for (JsonNode geometry : collection.path("geometries")) {
            List<List<List<double[]>>> polygons = new ArrayList<>();
            if ("Polygon".equals(geometry.path("type").asText())) {
                polygons.add(polygon(geometry.path("arcs"), arcs));
            } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
                geometry.path("arcs").forEach(p -> polygons.add(polygon(p, arcs)));
            }
            String code = geometry.path("properties").path("statcode").asText(geometry.path("id").asText());
            shapes.put(code, new Shape(code, geometry.path("properties").path("statnaam").asText(code), polygons));
        }
        return shapes;
    }

    private static List<List<double[]>> polygon(JsonNode rings, List<List<double[]>> arcs) {
        List<List<double[]>> polygon = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode index : ring) {
                int i = index.asInt();
                List<double[]> arc = arcs.get(i >= 0 ? i : ~i);
                List<double[]> ordered = i >= 0 ? arc : reversed(arc);
                // Consecutive arcs share their end and start point.
                points.addAll(points.isEmpty() ? ordered : ordered.subList(1, ordered.size()));
            }
            polygon.add(points);
        }
        return polygon;
    }

    private static List<double[]> reversed(List<double[]> arc) {
        List<double[]> copy = new ArrayList<>(arc);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
