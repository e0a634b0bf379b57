package nl.permitholders.supervision.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.time.DateRange;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.timeline.DeadlineView;
import nl.permitholders.supervision.timeline.MonthView;
import nl.permitholders.supervision.timeline.TimelineView;
import nl.permitholders.supervision.display.DutchFormat;

/**
 * The province dashboard: server-rendered pages in Dutch for province staff (and the Rijk), with exports of exactly
 * what they show, a resource per page (OverviewPageResource, DetailPageResource, ReconciliationPageResource,
 * ExchangePageResource, RoundPageResource, and OverviewChangesResource for the overview's live update). Every figure
 * comes from the supervision API's own application services and domain classes; the pages only arrange and format
 * them. Province staff sign in through the OIDC provider; the API's bearer tokens work too (docs/security.md). Not part
 * of the API: the pages' operations are hidden from the OpenAPI document.
 * <p>
 * This class holds what the pages share: the content types of their downloads, reading a form's fields, the
 * half-year a page shows, the chart's data, and the responses that send the browser on. Who is signed in and what day
 * it is: {@link Viewer}.
 */
final class Dashboard {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";
    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    /** What every form's operation says first: the dashboard's pages post it, no one else. */
    static final String POSTED_FROM_A_PAGE = "Only from a page of this dashboard: the form's CSRF token must match its cookie "
            + "(quarkus-rest-csrf). ";
    /** How many past half-years (or deadlines) a selector offers. */
    static final int PERIODS_BACK = 8;

    private Dashboard() {
    }

    /** The half-year a page's {@code periode} names; the current one when it names none. */
    static Period period(String text, Clock clock) {
        return text == null || text.isBlank() ? Period.containing(LocalDate.now(clock)) : PeriodParam.parse("periode", text);
    }

    /** The constant a form's select chose; none for a value the form does not offer. */
    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text == null ? "" : text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The agreement, letter or other item a form's select chose; none for text that is no UUID. */
    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text == null ? "" : text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The whole number a form's field holds, from {@code min} to {@code max}; none for anything else. */
    static Optional<Integer> wholeNumber(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= min && value <= max ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The date a form's field names; none for text that is no date in the range the service keeps. */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text)).filter(DateRange::contains);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a form's reason is blank, too long or unstorable. */
    static boolean refusedReason(String reason, int reasonMax) {
        return reason == null || reason.isBlank() || reason.length() > reasonMax || reason.indexOf('\u0000') >= 0;
    }

    /** The message of a form's error {@code code} on a page; none for no code or an unknown one. */
    static String said(Map<String, String> messages, String code) {
        return code == null ? null : messages.get(code);
    }

    /** The chart's data: labels in Dutch, numbers as the timeline gives them. */
    static String chartJson(ObjectMapper json, TimelineView timeline, boolean withMonths) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("peildata", timeline.deadlines().stream().map(d -> DutchFormat.period(d.period())).toList());
        data.put("achterstand", timeline.deadlines().stream().map(DeadlineView::backlog).toList());
        if (withMonths) {
            data.put("maanden", timeline.months().stream().map(m -> DutchFormat.month(m.month())).toList());
            data.put("gehuisvest", timeline.months().stream().map(MonthView::housed).toList());
        }
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code path} is one of the dashboard's pages (or its downloads, forms and live updates). */
    static boolean onDashboard(String path) {
        return path != null && (path.equals("/dashboard") || path.startsWith("/dashboard/"));
    }

    static Response download(byte[] body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** The page again with what was refused, 400: nothing was stored. */
    static Response refusedPage(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
