package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.CSV;
import static nl.permitholders.supervision.dashboard.Dashboard.PDF;
import static nl.permitholders.supervision.dashboard.Dashboard.PERIODS_BACK;
import static nl.permitholders.supervision.dashboard.Dashboard.XLSX;
import static nl.permitholders.supervision.dashboard.Dashboard.ZIP;
import static nl.permitholders.supervision.dashboard.Dashboard.chartJson;
import static nl.permitholders.supervision.dashboard.Dashboard.choice;
import static nl.permitholders.supervision.dashboard.Dashboard.date;
import static nl.permitholders.supervision.dashboard.Dashboard.download;
import static nl.permitholders.supervision.dashboard.Dashboard.ownProvince;
import static nl.permitholders.supervision.dashboard.Dashboard.period;
import static nl.permitholders.supervision.dashboard.Dashboard.provinceStaff;
import static nl.permitholders.supervision.dashboard.Dashboard.refusedReason;
import static nl.permitholders.supervision.dashboard.Dashboard.said;
import static nl.permitholders.supervision.dashboard.Dashboard.seeOther;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.tuples.Tuple2;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.DateRange;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.access.SupervisionAccess;
import nl.permitholders.supervision.actionplan.ActionPlanResource.ActionPlanView;
import nl.permitholders.supervision.actionplan.ActionPlans;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.coaposition.CoaAdoptions;
import nl.permitholders.supervision.coaposition.CoaReconciliations;
import nl.permitholders.supervision.exchange.ExchangeAgreements;
import nl.permitholders.supervision.figures.FiguresResource.LedgerLine;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.ladder.LadderResource;
import nl.permitholders.supervision.ladder.LadderResource.LadderView;
import nl.permitholders.supervision.ladder.Ladders;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.verdict.ProvinceVerdict;
import nl.permitholders.supervision.verdict.ProvinceVerdictBook;
import nl.permitholders.supervision.verdict.Verdict;
import nl.permitholders.supervision.live.FigureChanges;
import nl.permitholders.supervision.province.ProvinceQueries;
import nl.permitholders.supervision.regime.RegimeResource;
import nl.permitholders.supervision.regime.Regimes;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.reference.Province;
import nl.permitholders.supervision.round.LetterBook;
import nl.permitholders.supervision.round.LetterRound;
import nl.permitholders.supervision.round.LetterState;
import nl.permitholders.supervision.timeline.TimelineResource.DeadlineView;
import nl.permitholders.supervision.timeline.TimelineResource.MonthView;
import nl.permitholders.supervision.timeline.TimelineResource.TimelineView;
import nl.permitholders.supervision.timeline.Timelines;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestMulti;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The province dashboard: server-rendered pages in Dutch for province staff (and the Rijk), with exports of exactly
 * what they show. Every figure comes from the supervision API's own resources and domain classes; the pages only
 * arrange and format them. Province staff sign in through the OIDC provider; the API's bearer tokens work too
 * (docs/security.md).
 * Not part of the API: its operations are hidden from the OpenAPI document.
 */
@Path("/dashboard")
public class DashboardResource {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(OverviewPage page);

        static native TemplateInstance row(OverviewPage page, Table.Row row);

        static native TemplateInstance provinces(List<Province> provinces);
    }

    @Inject
    ProvinceQueries provinceQueries;
    @Inject
    Timelines timelines;

    @Inject
    SupervisionAccess access;
    @Inject
    JsonWebToken token;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "Start page: a province goes to its overview, the Rijk chooses a province")
    public Uni<Response> start() {
        Optional<String> own = ownProvince(token);
        if (own.isPresent()) {
            return Uni.createFrom().item(Response.seeOther(URI.create("/dashboard/provincies/" + own.get())).build());
        }
        return Province.<Province>listAll().map(all -> Response.ok(Templates.provinces(all)).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "The province overview for a half-year (periode, default the current one)")
    public Uni<TemplateInstance> overview(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                          @QueryParam("periode") String periodText) {
        return overviewPage(code, periodText).map(Templates::overview);
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/rijen/{municipality}")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "One municipality's row of the overview and the totals, for the live update of the page")
    public Uni<TemplateInstance> row(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                     @PathParam("municipality") @Pattern(regexp = Codes.MUNICIPALITY) String municipality,
                                     @QueryParam("periode") String periodText) {
        return overviewPage(code, periodText).map(page -> Templates.row(page, page.table().rows().stream()
                .filter(r -> municipality.equals(r.key())).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("Geen gemeente " + municipality + " in deze provincie."))));
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/overzicht.csv")
    @WithSession
    @Produces("text/csv")
    @Operation(hidden = true, summary = "The province overview as CSV: the same rows as the page")
    public Uni<Response> overviewCsv(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                     @QueryParam("periode") String periodText) {
        return overviewPage(code, periodText).map(page -> download(TableExport.csv(List.of(page.table(), page.standings())), CSV,
                "overzicht-" + code + "-" + page.period() + ".csv"));
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/overzicht.xlsx")
    @WithSession
    @Produces(XLSX)
    @Operation(hidden = true, summary = "The province overview as an Excel workbook: the same rows as the page")
    public Uni<Response> overviewXlsx(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                      @QueryParam("periode") String periodText) {
        return overviewPage(code, periodText).map(page -> download(TableExport.xlsx(List.of(page.table(), page.standings(), page.deadlines())), XLSX,
                "overzicht-" + code + "-" + page.period() + ".xlsx"));
    }

    // ---- building the pages

    private Uni<OverviewPage> overviewPage(String code, String periodText) {
        Period period = period(periodText, clock);
        LocalDate now = LocalDate.now(clock);
        return access.toProvince(token, code)
                .chain(() -> Uni.combine().all().unis(provinceQueries.overview(code, period, null, ProvinceQueries.SortKey.CODE),
                        timelines.province(code, Optional.empty(), Optional.empty())).asTuple())
                .map(found -> {
                    ProvinceQueries.ProvinceView view = found.getItem1().view();
                    var timeline = found.getItem2();
                    return new OverviewPage(code, view.name(), period, DutchFormat.period(period), periodChoices(period, now),
                            OverviewPage.table(view, found.getItem1().forecastBacklogs()), OverviewPage.standings(view),
                            OverviewPage.deadlines(timeline), chartJson(json, timeline, false), DutchFormat.date(now));
                });
    }

    private static List<OverviewPage.PeriodChoice> periodChoices(Period selected, LocalDate now) {
        List<OverviewPage.PeriodChoice> choices = new ArrayList<>();
        Period p = Period.containing(now).next();
        for (int i = 0; i <= PERIODS_BACK; i++, p = p.previous()) {
            choices.add(new OverviewPage.PeriodChoice(p.toString(), DutchFormat.period(p), p.equals(selected)));
        }
        if (choices.stream().noneMatch(OverviewPage.PeriodChoice::selected)) {
            choices.add(new OverviewPage.PeriodChoice(selected.toString(), DutchFormat.period(selected), true));
        }
        return choices;
    }


}
