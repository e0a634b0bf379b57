package nl.permitholders.supervision.dashboard;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.national.CountrySeriesQueries;
import nl.permitholders.supervision.national.NationalQueries;
import nl.permitholders.supervision.national.NationalView;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.national.PopulationQueries;
import nl.permitholders.supervision.regime.RegimeQueries;
import nl.permitholders.supervision.regime.SupervisionRegime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import nl.permitholders.display.Table;
import nl.permitholders.display.DutchFormat;

/** The Rijk's national page: every province's row for a half-year, the country per half-year, and the way into each province. */
@Path("/dashboard")
public class NationalPageResource {

    /** How many half-years the country's series shows, the chosen one and those before it. */
    static final int HALF_YEARS = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance national(NationalPage page);
    }

    @Inject
    NationalQueries country;
    @Inject
    RegimeQueries regimes;
    @Inject
    FiguresQueries figures;
    @Inject
    Viewer viewer;
    @Inject
    CountrySeriesQueries series;
    @Inject
    PopulationQueries populations;

    @RolesAllowed(Roles.RIJK)
    @GET
    @Path("/nederland")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "The Rijk's national page for a half-year (periode, default the current one); the map "
            + "coloured by the schedule colour or, with kaart=inwoners, by the backlog per 1,000 inhabitants")
    public Uni<TemplateInstance> national(@QueryParam("periode") String periodText, @QueryParam("kaart") String colouringText) {
        Period period = viewer.period(periodText);
        MunicipalityMap.Colouring colouring = MunicipalityMap.Colouring.of(colouringText);
        LocalDate today = viewer.today();
        List<Period> halfYears = new java.util.ArrayList<>();
        for (Period p = period; halfYears.size() < HALF_YEARS; p = p.previous()) {
            halfYears.add(p);
        }
        return Municipality.<Municipality>listAll().flatMap(towns -> {
            Map<String, String> provinceOf = new HashMap<>();
            towns.forEach(t -> provinceOf.put(t.code, t.provinceCode));
            return regimes.histories(provinceOf.keySet()).flatMap(histories -> {
                Map<String, SupervisionRegime> regimeOf = new HashMap<>();
                histories.forEach((code, history) -> history.inForceOn(today).ifPresent(d -> regimeOf.put(code, d.regime())));
                // One half-year after the other: each reads every municipality's figures.
                return Multi.createFrom().iterable(halfYears).onItem().transformToUniAndConcatenate(p -> country.of(p, null))
                        .collect().asList()
                        .flatMap(views -> published(halfYears).flatMap(published -> figures.ofCountry(period, null)
                                .flatMap(each -> populations(colouring, period).map(known -> {
                                    Table provinces = NationalPage.provinces(views.get(0), NationalPage.regimeCounts(provinceOf, regimeOf));
                                    return new NationalPage(period, Dashboard.dutchPeriod(period), OverviewPage.periodChoices(period, today),
                                            known == null ? provinces
                                                    : NationalPage.withPerThousand(provinces, views.get(0), each, provinceOf, known),
                                            NationalPage.halfYears(views, published), views.get(0).municipalitiesWithoutProvince(),
                                            DutchFormat.date(today),
                                            NationalPage.map(period, each, known).withChoices("/dashboard/nederland", period, colouring),
                                            colouring, NationalPage.toBeDivided(views.get(0), each, provinceNames(views.get(0))));
                                }))));
            });
        }).map(Templates::national);
    }

    /** Per province code, its name as the country's figures give it. */
    private static Map<String, String> provinceNames(NationalView view) {
        Map<String, String> names = new HashMap<>();
        view.provinces().forEach(p -> names.put(p.provinceCode(), p.name() == null ? p.provinceCode() : p.name()));
        return names;
    }

    /** The populations for the half-year when the map is coloured by them; none otherwise. */
    private Uni<PopulationQueries.On> populations(MunicipalityMap.Colouring colouring, Period period) {
        return colouring == MunicipalityMap.Colouring.PER_THOUSAND ? populations.latestOnOrBefore(period.firstDay())
                : Uni.createFrom().nullItem();
    }

    /**
     * The national series' position at the end of each of the half-years (the latest first) whose COA published end
     * positions are adopted: the figures as published (GET /supervision/v1/national/series).
     */
    private Uni<Map<Period, Integer>> published(List<Period> halfYears) {
        return series.endPositionsAdopted(null).flatMap(deadlines -> {
            if (halfYears.stream().noneMatch(p -> deadlines.contains(p.deadline()))) {
                return Uni.createFrom().item(Map.<Period, Integer>of());
            }
            return series.between(halfYears.get(halfYears.size() - 1), halfYears.get(0)).map(country -> {
                Map<Period, Integer> published = new HashMap<>();
                country.stream().filter(h -> deadlines.contains(h.period().deadline()))
                        .forEach(h -> published.put(h.period(), h.figures().position()));
                return published;
            });
        });
    }
}
