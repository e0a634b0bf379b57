package nl.permitholders.dashboard.province;

import static nl.permitholders.dashboard.Pages.CSV;
import static nl.permitholders.dashboard.Pages.XLSX;
import static nl.permitholders.dashboard.Pages.download;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
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
import java.util.List;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Pages;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.PopulationLookup;
import nl.permitholders.dashboard.api.Populations;
import nl.permitholders.dashboard.api.SupervisionClient;
import nl.permitholders.dashboard.map.MunicipalityMap;
import nl.permitholders.display.Table;
import nl.permitholders.display.TableExport;
import nl.permitholders.display.DutchFormat;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A province's overview for a half-year: the page, one municipality's row of it for the live update
 * ({@link OverviewChangesResource} says which changed), and its exports. Its figures, timeline and populations are
 * read from supervision's API side by side, in the person's name: supervision decides whether they may see the
 * province (403 otherwise, a Dutch page).
 */
@Path("/dashboard")
@Authenticated
public class OverviewPageResource {

    /** A province code as the services write it. */
    static final String PROVINCE = "PV\\d{2}";
    static final String MUNICIPALITY = "GM\\d{4}";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance overview(OverviewPage page);

        static native TemplateInstance row(OverviewPage page, Table.Row row);
    }

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    Viewer viewer;
    @Inject
    ObjectMapper json;

    @GET
    @Path("/provincies/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> overview(@PathParam("code") @Pattern(regexp = PROVINCE) String code,
                                          @QueryParam("periode") String periodText, @QueryParam("kaart") String colouring) {
        return overviewPage(code, periodText, MunicipalityMap.Colouring.of(colouring)).map(Templates::overview);
    }

    @GET
    @Path("/provincies/{code}/rijen/{municipality}")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> row(@PathParam("code") @Pattern(regexp = PROVINCE) String code,
                                     @PathParam("municipality") @Pattern(regexp = MUNICIPALITY) String municipality,
                                     @QueryParam("periode") String periodText, @QueryParam("kaart") String colouring) {
        return overviewPage(code, periodText, MunicipalityMap.Colouring.of(colouring)).map(page -> Templates.row(page, page.table().rows().stream()
                .filter(r -> municipality.equals(r.key())).findFirst()
                .orElseThrow(() -> new NotFoundException("Geen gemeente " + municipality + " in deze provincie."))));
    }

    @GET
    @Path("/provincies/{code}/overzicht.csv")
    @Produces("text/csv")
    public Uni<Response> overviewCsv(@PathParam("code") @Pattern(regexp = PROVINCE) String code, @QueryParam("periode") String periodText) {
        return overviewPage(code, periodText, MunicipalityMap.Colouring.SCHEDULE).map(page -> download(
                TableExport.csv(List.of(page.table(), page.standings())), CSV, "overzicht-" + code + "-" + page.period() + ".csv"));
    }

    @GET
    @Path("/provincies/{code}/overzicht.xlsx")
    @Produces(XLSX)
    public Uni<Response> overviewXlsx(@PathParam("code") @Pattern(regexp = PROVINCE) String code, @QueryParam("periode") String periodText) {
        return overviewPage(code, periodText, MunicipalityMap.Colouring.SCHEDULE).map(page -> download(
                TableExport.xlsx(List.of(page.table(), page.standings(), page.deadlines())), XLSX,
                "overzicht-" + code + "-" + page.period() + ".xlsx"));
    }

    /** The province's figures, timeline and (for the map by inhabitants) populations, asked for at once. */
    private Uni<OverviewPage> overviewPage(String code, String periodText, MunicipalityMap.Colouring colouring) {
        HalfYear period = viewer.period(periodText);
        String bearer = viewer.bearer();
        Uni<Populations> populations = colouring == MunicipalityMap.Colouring.PER_THOUSAND
                ? PopulationLookup.latestOnOrBefore(supervision, period.firstDay()) : Uni.createFrom().nullItem();
        return Uni.combine().all().unis(supervision.provinceFigures(code, period.toString(), bearer),
                supervision.provinceTimeline(code, bearer), populations).with((view, timeline, known) -> {
                    Table table = OverviewPage.table(view);
                    return new OverviewPage(code, view.name(), period, period.dutch(), Pages.periodChoices(period, viewer.today()),
                            known == null ? table : OverviewPage.withPerThousand(table, view, known), OverviewPage.standings(view),
                            OverviewPage.deadlines(timeline), Pages.chartJson(json, timeline, false), DutchFormat.date(viewer.today()),
                            OverviewPage.map(view, known).withChoices("/dashboard/provincies/" + code, period, colouring), colouring,
                            OverviewPage.toBeDivided(view));
                });
    }
}
