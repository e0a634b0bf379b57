package nl.permitholders.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.dashboard.api.Timeline;
import nl.permitholders.display.DutchFormat;

/**
 * What the pages share: the content types of their downloads, the half-years a selector offers, a chart's data, and
 * the responses that send the browser on.
 */
public final class Pages {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";
    /** How many past half-years a selector offers. */
    public static final int PERIODS_BACK = 8;

    private Pages() {
    }

    /** A half-year to choose in a page's period selector. */
    public record PeriodChoice(String value, String label, boolean selected) {
    }

    /** The half-years a selector offers: the next one, the current one and those before it, and the selected one if older. */
    public static List<PeriodChoice> periodChoices(HalfYear selected, LocalDate today) {
        List<PeriodChoice> choices = new ArrayList<>();
        HalfYear p = HalfYear.containing(today).next();
        for (int i = 0; i <= PERIODS_BACK; i++, p = p.previous()) {
            choices.add(new PeriodChoice(p.toString(), p.dutch(), p.equals(selected)));
        }
        if (choices.stream().noneMatch(PeriodChoice::selected)) {
            choices.add(new PeriodChoice(selected.toString(), selected.dutch(), true));
        }
        return choices;
    }

    /** A chart's data: labels in Dutch, numbers as the timeline gives them. */
    public static String chartJson(ObjectMapper json, Timeline timeline, boolean withMonths) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("peildata", timeline.deadlines().stream().map(d -> HalfYear.parse("period", d.period()).dutch()).toList());
        data.put("achterstand", timeline.deadlines().stream().map(Timeline.Deadline::backlog).toList());
        if (withMonths) {
            data.put("maanden", timeline.months().stream().map(m -> DutchFormat.month(m.month())).toList());
            data.put("gehuisvest", timeline.months().stream().map(Timeline.Month::housed).toList());
        }
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Response download(byte[] body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** The page again with what was refused, 400: nothing was stored. */
    public static Response refusedPage(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    public static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
