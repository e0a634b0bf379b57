package nl.permitholders.dashboard.national;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Pages;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.NationalFigures;
import nl.permitholders.dashboard.api.NationalSeries;
import nl.permitholders.dashboard.api.PopulationLookup;
import nl.permitholders.dashboard.api.Populations;
import nl.permitholders.dashboard.api.ProvinceFigures;
import nl.permitholders.dashboard.api.SupervisionClient;
import nl.permitholders.dashboard.map.MunicipalityMap;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.Table;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The Rijk's page of the country. It asks supervision's API for the country in all the half-years the page lists in
 * one call (getNationalFiguresPerHalfYear: one read of each ledger, not one per half-year), then every province's
 * municipalities for the map (their figures, regimes and splits) and, only where some half-year has them, the national
 * series for the published positions; beside them the map's populations if it is coloured by them.
 */
@Path("/dashboard")
public class NationalPageResource {

    /** How many half-years the page lists, the chosen one and those before it. */
    static final int HALF_YEARS = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance national(NationalPage page);
    }

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    Viewer viewer;

    @RolesAllowed(Viewer.RIJK)
    @GET
    @Path("/nederland")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> national(@QueryParam("periode") String periodText, @QueryParam("kaart") String colouringText) {
        HalfYear period = viewer.period(periodText);
        MunicipalityMap.Colouring colouring = MunicipalityMap.Colouring.of(colouringText);
        String bearer = viewer.bearer();
        List<HalfYear> halfYears = new ArrayList<>();
        for (HalfYear p = period; halfYears.size() < HALF_YEARS; p = p.previous()) {
            halfYears.add(p);
        }
        // Every half-year's country in one call (one read of each ledger in supervision, which leaves the chosen half-year
        // cached for the provinces' figures asked after it), the latest first.
        Uni<List<NationalFigures>> views = supervision.nationalFiguresPerHalfYear(halfYears.get(halfYears.size() - 1).toString(),
                period.toString(), bearer).map(NationalPageResource::latestFirst).memoize().indefinitely();
        Uni<List<ProvinceFigures>> provinces = views.map(countries -> countries.get(0))
                .flatMap(country -> country.provinces().isEmpty() ? Uni.createFrom().item(List.<ProvinceFigures>of())
                        : Uni.join().all(country.provinces().stream()
                        .map(p -> supervision.provinceFigures(p.provinceCode(), period.toString(), bearer)).toList()).andFailFast());
        // The series reads every ledger again: asked only for the half-years whose position as published it has.
        Uni<Map<HalfYear, Integer>> published = views.flatMap(countries -> {
            List<HalfYear> withPublished = NationalPage.withPublishedPosition(countries);
            return withPublished.isEmpty() ? Uni.createFrom().item(Map.<HalfYear, Integer>of())
                    : supervision.nationalSeries(withPublished.get(0).toString(), withPublished.get(withPublished.size() - 1).toString(),
                    bearer).map(NationalPageResource::published);
        });
        Uni<Populations> populations = colouring == MunicipalityMap.Colouring.PER_THOUSAND
                ? PopulationLookup.latestOnOrBefore(supervision, period.firstDay()) : Uni.createFrom().nullItem();
        return Uni.combine().all().unis(views, provinces, published, populations).with((countries, each, positions, known) -> {
            NationalFigures view = countries.get(0);
            Table table = NationalPage.provinces(view, each);
            return Templates.national(new NationalPage(period, period.dutch(), Pages.periodChoices(period, viewer.today()),
                    known == null ? table : NationalPage.withPerThousand(table, view, each, known),
                    NationalPage.halfYears(countries, positions), view.municipalitiesWithoutProvince(), DutchFormat.date(viewer.today()),
                    NationalPage.map(period, each, known).withChoices("/dashboard/nederland", period, colouring), colouring,
                    NationalPage.toBeDivided(view, each)));
        });
    }

    private static List<NationalFigures> latestFirst(List<NationalFigures> oldestFirst) {
        List<NationalFigures> latestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** The position at the end as published, of the half-years whose COA end positions are adopted. */
    private static Map<HalfYear, Integer> published(List<NationalSeries> series) {
        Map<HalfYear, Integer> published = new HashMap<>();
        series.stream().filter(NationalSeries::coaEndPositionAdopted)
                .forEach(h -> published.put(HalfYear.parse("period", h.period()), h.figures().position()));
        return published;
    }
}
