package nl.permitholders.supervision.report;

import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
import nl.permitholders.display.Table;
import nl.permitholders.display.TableExport;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.province.ProvinceQueries;
import nl.permitholders.supervision.province.ProvinceQueries.SortKey;
import nl.permitholders.supervision.timeline.TimelineView;
import nl.permitholders.supervision.timeline.TimelineQueries;
import nl.permitholders.supervision.round.PdfRenderer;

/**
 * The province's report about a deadline, read through the services the API answers with (the province overview, and
 * the province's timeline) as they stand now, and written as PDF with the default report template ({@value #TEMPLATE})
 * or as .xlsx with the dashboard's table export.
 */
@ApplicationScoped
public class ProvinceReportQueries {

    static final String TEMPLATE = "round/default-province-report.html";

    /** The report, with the overview and timeline it was written from (the .xlsx uses the dashboard's tables of them). */
    public record Read(ProvinceReport report, ProvinceQueries.ProvinceView view, TimelineView timeline) {
    }

    private final String templateBody = PdfRenderer.resource(TEMPLATE);

    @Inject
    ProvinceQueries provinces;

    @Inject
    TimelineQueries timelines;

    @Inject
    PdfRenderer renderer;

    @Inject
    Clock clock;

    /**
     * The report about {@code period}'s deadline: the overview of the half-year now, its stages on the previous deadline,
     * and the province's backlog at every deadline up to this one. 404 for a province nothing is known about.
     */
    public Uni<Read> read(String code, Period period) {
        return read(code, period, null, AsOfView.KNOWN_TODAY);
    }

    /**
     * As {@link #read(String, Period)}, as the figures stood on {@code asOf} (null: now) in {@code view}: the overview and
     * the timeline as of that date, the stages on the previous deadline in the same view.
     */
    public Uni<Read> read(String code, Period period, LocalDate asOf, AsOfView view) {
        LocalDate today = LocalDate.now(clock);
        return provinces.overview(code, period, asOf, view, SortKey.CODE)
                .flatMap(now -> provinces.overview(code, period, period.previous().deadline(), view, SortKey.CODE)
                        .flatMap(before -> timelines.province(code, Optional.empty(), Optional.empty(), asOf, view)
                                .map(all -> upTo(all, period))
                                .map(timeline -> new Read(ProvinceReport.of(period, today, asOf, asOf == null ? null : view, now, before.view(),
                                        timeline), now.view(), timeline))));
    }

    /** The PDF; lays out, so not on the event loop. */
    public byte[] pdf(ProvinceReport report) {
        Template template = renderer.parse(PdfRenderer.FIELD, templateBody);
        return renderer.pdf(PdfRenderer.FIELD, renderer.html(PdfRenderer.FIELD, template, "report", report));
    }

    public byte[] xlsx(Read read) {
        List<Table> tables = ProvinceReportTables.of(read.report(), read.view(), read.timeline());
        return TableExport.xlsx(tables);
    }

    /** The timeline's deadlines up to {@code period}'s, passed ones only: the report's deadline is behind it. */
    private static TimelineView upTo(TimelineView timeline, Period period) {
        return new TimelineView(timeline.code(), timeline.name(), timeline.from(), period.toString(), timeline.deadlines().stream()
                .filter(d -> d.passed() && !d.deadline().isAfter(period.deadline())).toList(), List.of());
    }
}
