package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.CSV;
import static nl.permitholders.supervision.dashboard.Dashboard.XLSX;
import static nl.permitholders.supervision.dashboard.Dashboard.chartJson;
import static nl.permitholders.supervision.dashboard.Dashboard.download;
import static nl.permitholders.supervision.dashboard.Dashboard.seeOther;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.province.ProvinceQueries;
import nl.permitholders.supervision.national.PopulationQueries;
import nl.permitholders.supervision.timeline.TimelineQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import nl.permitholders.display.Table;
import nl.permitholders.display.TableExport;
import nl.permitholders.display.DutchFormat;

/**
 * The dashboard's start page and a province's overview for a half-year: the page, one municipality's row of it for
 * the live update (OverviewChangesResource says which changed), and its exports.
 */
@Path("/dashboard")
public class OverviewPageResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance overview(OverviewPage page);

        static native TemplateInstance row(OverviewPage page, Table.Row row);
    }

    @Inject
    ProvinceQueries provinceQueries;
    @Inject
    TimelineQueries timelines;
    @Inject
    Viewer viewer;
    @Inject
    ObjectMapper json;
    @Inject
    PopulationQueries populations;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "Start page: a province goes to its overview, a municipality to its own page, the Rijk to the country's page")
    public Uni<Response> start() {
        Optional<String> own = viewer.ownProvince();
        if (own.isPresent()) {
            return Uni.createFrom().item(seeOther("/dashboard/provincies/" + own.get()));
        }
        Optional<String> municipality = viewer.ownMunicipality();
        if (municipality.isPresent()) {
            return Uni.createFrom().item(seeOther("/dashboard/gemeenten/" + municipality.get()));
        }
        if (!viewer.rijk()) {
            // A municipal officer whose account names no municipality sees none (fail closed).
            return Uni.createFrom().failure(new io.quarkus.security.ForbiddenException("Your token names no municipality."));
        }
        return Uni.createFrom().item(seeOther("/dashboard/nederland"));
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "The province overview for a half-year (periode, default the current one); the map "
            + "coloured by the schedule colour or, with kaart=inwoners, by the backlog per 1,000 inhabitants")
    public Uni<TemplateInstance> overview(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                          @QueryParam("periode") String periodText, @QueryParam("kaart") String colouring) {
        return overviewPage(code, periodText, MunicipalityMap.Colouring.of(colouring)).map(Templates::overview);
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/rijen/{municipality}")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "One municipality's row of the overview and the totals, for the live update of the page")
    public Uni<TemplateInstance> row(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                     @PathParam("municipality") @Pattern(regexp = Codes.MUNICIPALITY) String municipality,
                                     @QueryParam("periode") String periodText, @QueryParam("kaart") String colouring) {
        return overviewPage(code, periodText, MunicipalityMap.Colouring.of(colouring)).map(page -> Templates.row(page, page.table().rows().stream()
                .filter(r -> municipality.equals(r.key())).findFirst()
                .orElseThrow(() -> new NotFoundException("Geen gemeente " + municipality + " in deze provincie."))));
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/overzicht.csv")
    @WithSession
    @Produces("text/csv")
    @Operation(hidden = true, summary = "The province overview as CSV: the same rows as the page")
    public Uni<Response> overviewCsv(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                     @QueryParam("periode") String periodText) {
        return overviewPage(code, periodText, MunicipalityMap.Colouring.SCHEDULE).map(page -> download(TableExport.csv(List.of(page.table(), page.standings())), CSV,
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
        return overviewPage(code, periodText, MunicipalityMap.Colouring.SCHEDULE).map(page -> download(TableExport.xlsx(List.of(page.table(), page.standings(), page.deadlines())), XLSX,
                "overzicht-" + code + "-" + page.period() + ".xlsx"));
    }

    private Uni<OverviewPage> overviewPage(String code, String periodText, MunicipalityMap.Colouring colouring) {
        Period period = viewer.period(periodText);
        LocalDate now = viewer.today();
        Uni<PopulationQueries.On> populations = colouring == MunicipalityMap.Colouring.PER_THOUSAND
                ? this.populations.latestOnOrBefore(period.firstDay()) : Uni.createFrom().nullItem();
        return viewer.toProvince(code)
                .chain(() -> Uni.combine().all().unis(provinceQueries.overview(code, period, null, ProvinceQueries.SortKey.CODE),
                        timelines.province(code, Optional.empty(), Optional.empty()), populations).with((overview, timeline, known) -> {
                    ProvinceQueries.ProvinceView view = overview.view();
                    Table table = OverviewPage.table(view, overview.forecastBacklogs());
                    return new OverviewPage(code, view.name(), period, Dashboard.dutchPeriod(period), OverviewPage.periodChoices(period, now),
                            known == null ? table : OverviewPage.withPerThousand(table, view, known), OverviewPage.standings(view),
                            OverviewPage.deadlines(timeline), chartJson(json, timeline, false), DutchFormat.date(now),
                            OverviewPage.map(view, known).withChoices("/dashboard/provincies/" + code, period, colouring), colouring,
                            OverviewPage.toBeDivided(view));
                }));
    }
}
