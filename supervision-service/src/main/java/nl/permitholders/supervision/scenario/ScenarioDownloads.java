package nl.permitholders.supervision.scenario;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.function.Function;

/**
 * A scenario's answer in the representation the Accept header asks for, as the province's report is chosen: JSON (also
 * without Accept, or *&#47;*), or the workbook ({@link ScenarioWorkbook}), written off the event loop.
 */
final class ScenarioDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The first is the one for a caller who accepts either. */
    private static final List<Variant> REPRESENTATIONS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(XLSX))
            .build();

    private ScenarioDownloads() {
    }

    /** Whether the caller asks for the workbook; 406 when it accepts neither. */
    static boolean workbook(Request request) {
        Variant chosen = request.selectVariant(REPRESENTATIONS);
        if (chosen == null) {
            throw new NotAcceptableException();
        }
        return chosen.getMediaType().isCompatible(MediaType.valueOf(XLSX));
    }

    /** {@code answer} as JSON, or as the workbook of {@code comparison} of it, named {@code file}.xlsx. */
    static <T> Uni<Response> answer(Uni<T> answer, boolean workbook, Function<T, Comparison> comparison, String file, Vertx vertx) {
        if (!workbook) {
            return answer.map(body -> Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build());
        }
        return answer.flatMap(body -> vertx.executeBlocking(Uni.createFrom().item(() -> ScenarioWorkbook.xlsx(comparison.apply(body)))))
                .map(bytes -> Response.ok(bytes, XLSX).header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build());
    }

    /** A single scenario as a comparison of one. */
    static Comparison alone(String label, String kept, String keptBy, Scenario scenario) {
        return ComparisonRule.compare(List.of(new ComparisonRule.Labelled(label, kept, keptBy, scenario)));
    }
}
