package nl.permitholders.dashboard.scenario;

import static nl.permitholders.dashboard.Pages.XLSX;
import static nl.permitholders.dashboard.Pages.download;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.dashboard.FormFields;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Pages;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.ScenarioComparison;
import nl.permitholders.dashboard.api.SupervisionClient;
import nl.permitholders.dashboard.map.MunicipalityMap;
import nl.permitholders.display.DutchFormat;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The comparison of up to three scenarios (issue 71 point 3): for the Rijk over the country, and for the Rijk and a
 * province's own staff over the province's municipalities. The form is read by GET (nothing is stored: a comparison
 * only calculates), so that the page, its half-year and map choices and its .xlsx download are links that keep it.
 * Supervision's compareScenarios calculates; its refusals are Dutch messages above the form.
 */
@Path("/dashboard")
public class ScenarioPageResource {

    private static final String PROVINCE = "PV\\d{2}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scenarios(ScenarioPage page);
    }

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    Viewer viewer;

    @RolesAllowed(Viewer.RIJK)
    @GET
    @Path("/nederland/scenarios")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> national(@Context UriInfo uri) {
        Map<String, String> query = single(uri);
        return read(null, query).flatMap(form -> page(null, query, form, List.of()));
    }

    @RolesAllowed({Viewer.RIJK, Viewer.PROVINCE})
    @GET
    @Path("/provincies/{code}/scenarios")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> province(@PathParam("code") @Pattern(regexp = PROVINCE) String code, @Context UriInfo uri) {
        ownProvinceOrRijk(code);
        Map<String, String> query = single(uri);
        return read(code, query).flatMap(form -> page(code, query, form, List.of()));
    }

    @RolesAllowed(Viewer.RIJK)
    @GET
    @Path("/nederland/scenarios.xlsx")
    @Produces(XLSX)
    public Uni<Response> nationalXlsx(@Context UriInfo uri) {
        return read(null, single(uri)).flatMap(form -> workbook(null, form));
    }

    @RolesAllowed({Viewer.RIJK, Viewer.PROVINCE})
    @GET
    @Path("/provincies/{code}/scenarios.xlsx")
    @Produces(XLSX)
    public Uni<Response> provinceXlsx(@PathParam("code") @Pattern(regexp = PROVINCE) String code, @Context UriInfo uri) {
        ownProvinceOrRijk(code);
        return read(code, single(uri)).flatMap(form -> workbook(code, form));
    }

    /** The Rijk keeps a scenario of the form by name as its working paper; the page then compares the kept one. */
    @RolesAllowed(Viewer.RIJK)
    @POST
    @Path("/nederland/scenarios/bewaren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> keepNational(@FormParam("scenario") String column, @FormParam("bewaarnaam") String name,
                                      @FormParam("omschrijving") String description, @Context UriInfo uri) {
        return keep(null, column, name, description, single(uri));
    }

    /** A province's own staff keep a scenario of the form by name as the province's working paper. */
    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/provincies/{code}/scenarios/bewaren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> keepProvince(@PathParam("code") @Pattern(regexp = PROVINCE) String code, @FormParam("scenario") String column,
                                      @FormParam("bewaarnaam") String name, @FormParam("omschrijving") String description,
                                      @Context UriInfo uri) {
        if (viewer.ownProvince().filter(code::equals).isEmpty()) {
            throw new ForbiddenException("Only province " + code + "'s own staff keep its scenarios.");
        }
        return keep(code, column, name, description, single(uri));
    }

    /** Province staff compare their own province's municipalities only; supervision refuses another's too. */
    private void ownProvinceOrRijk(String code) {
        if (!viewer.rijk() && viewer.ownProvince().filter(code::equals).isEmpty()) {
            throw new ForbiddenException("Only province " + code + "'s own staff and the Rijk compare its scenarios.");
        }
    }

    /** Who may keep a scenario on the page: the Rijk on the national one, a province's own staff on theirs. */
    private boolean mayKeep(String provinceCode) {
        return provinceCode == null ? viewer.rijk() : viewer.ownProvince().filter(provinceCode::equals).isPresent();
    }

    private static String path(String provinceCode) {
        return provinceCode == null ? "/dashboard/nederland/scenarios" : "/dashboard/provincies/" + provinceCode + "/scenarios";
    }

    private static String title(String provinceCode) {
        return "Scenario's vergelijken: " + (provinceCode == null ? "Nederland" : "provincie " + provinceCode);
    }

    private Uni<ScenarioForm> read(String provinceCode, Map<String, String> query) {
        return keptScenarios(provinceCode).map(offered -> ScenarioForm.read(query, viewer.today(), provinceCode, offered));
    }

    private Uni<Response> keep(String provinceCode, String column, String name, String description, Map<String, String> query) {
        return read(provinceCode, query).flatMap(form -> {
            int number = FormFields.wholeNumber(column, 1, ScenarioForm.SCENARIOS).orElse(0);
            ScenarioForm.Kept kept = form.keep(number, name, description);
            if (kept.refusal() != null) {
                return page(provinceCode, query, form, List.of(kept.refusal()));
            }
            String bearer = viewer.bearer();
            Uni<Response> stored = provinceCode == null ? supervision.keepScenario(kept.name(), kept.scenario(), bearer)
                    : supervision.keepProvinceScenario(provinceCode, kept.name(), kept.scenario(), bearer);
            return stored.map(done -> Pages.seeOther(path(provinceCode) + "?" + keptQuery(form) + "&bewaard-als="
                            + URLEncoder.encode(kept.name(), StandardCharsets.UTF_8)))
                    .onFailure(ScenarioPageResource::saidInDutch).recoverWithUni(failure -> {
                        Refusal refusal = (Refusal) failure;
                        List<String> said = ScenarioRefusalsInDutch.of(refusal, form.request());
                        return page(provinceCode, query, form.refused(ScenarioRefusalsInDutch.assumptions(refusal)),
                                List.of("Het scenario is niet bewaard" + (said.isEmpty() ? "." : ": " + String.join(" ", said))));
                    });
        });
    }

    /** The Rijk throws one of its kept scenarios away (deleteKeptScenario). */
    @RolesAllowed(Viewer.RIJK)
    @POST
    @Path("/nederland/scenarios/weggooien")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> deleteNational(@FormParam("bewaard") String name, @FormParam("bevestigd") String confirmed,
                                        @Context UriInfo uri) {
        return delete(null, name, confirmed, single(uri));
    }

    /** A province's own staff throw one of the province's kept scenarios away (deleteProvinceScenario); another's never. */
    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/provincies/{code}/scenarios/weggooien")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> deleteProvince(@PathParam("code") @Pattern(regexp = PROVINCE) String code, @FormParam("bewaard") String name,
                                        @FormParam("bevestigd") String confirmed, @Context UriInfo uri) {
        if (viewer.ownProvince().filter(code::equals).isEmpty()) {
            throw new ForbiddenException("Only province " + code + "'s own staff throw its scenarios away.");
        }
        return delete(code, name, confirmed, single(uri));
    }

    /**
     * Throws the kept scenario {@code name} of the page's owner (the Rijk, or province {@code provinceCode}) away once the
     * person confirmed it, then shows the page again without it: a column that compared it is emptied.
     */
    private Uni<Response> delete(String provinceCode, String name, String confirmed, Map<String, String> query) {
        return read(provinceCode, query).flatMap(form -> {
            String owner = owner(provinceCode);
            boolean known = form.kept().stream().anyMatch(k -> k.owner().equals(owner) && k.name().equals(name));
            if (!known) {
                return page(provinceCode, query, form, List.of("Er is geen bewaard scenario \"" + (name == null ? "" : name)
                        + "\" om weg te gooien."));
            }
            if (!"ja".equals(confirmed)) {
                return page(provinceCode, query, form, List.of("Het bewaarde scenario " + name + " is niet weggegooid: vink aan "
                        + "dat u het wilt weggooien."));
            }
            String bearer = viewer.bearer();
            Uni<Response> deleted = provinceCode == null ? supervision.deleteKeptScenario(name, bearer)
                    : supervision.deleteProvinceScenario(provinceCode, name, bearer);
            String without = owner + ":" + name;
            Map<String, String> left = new HashMap<>(query);
            left.values().removeIf(without::equals);
            ScenarioForm rest = ScenarioForm.read(left, viewer.today(), provinceCode, form.kept());
            return deleted.map(done -> Pages.seeOther(path(provinceCode) + "?" + keptQuery(rest) + "&weggegooid="
                            + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .onFailure(failure -> Refusal.statusOf(failure) == 404).recoverWithItem(gone -> Pages.seeOther(path(provinceCode)
                            + "?" + keptQuery(rest) + "&weggegooid=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        });
    }

    /** Whose kept scenarios the page throws away: the Rijk's on the national page, the province's on its own. */
    private static String owner(String provinceCode) {
        return provinceCode == null ? "RIJK" : provinceCode;
    }

    /**
     * The kept scenarios a column may compare: the Rijk's, and in a province's view the province's own. The page works
     * without them: a list supervision does not give is offered empty.
     */
    private Uni<List<ScenarioComparison.Kept>> keptScenarios(String provinceCode) {
        String bearer = viewer.bearer();
        Uni<List<ScenarioComparison.Kept>> rijk = supervision.keptScenarios(bearer).onFailure().recoverWithItem(List.of());
        Uni<List<ScenarioComparison.Kept>> own = provinceCode == null ? Uni.createFrom().item(List.of())
                : supervision.provinceScenarios(provinceCode, bearer).onFailure().recoverWithItem(List.of());
        return Uni.combine().all().unis(rijk, own).with((r, p) -> {
            List<ScenarioComparison.Kept> all = new ArrayList<>(r);
            all.addAll(p);
            return all;
        });
    }

    /** The page of {@code form}: compared when it asks something, with {@code refused} (in Dutch) above it (then 400). */
    private Uni<Response> page(String provinceCode, Map<String, String> query, ScenarioForm form, List<String> refused) {
        String kept = keptQuery(form);
        String path = path(provinceCode);
        String notice = !refused.isEmpty() ? null : query.containsKey("bewaard-als")
                ? "Bewaard als " + query.get("bewaard-als") + ": kies het hierboven bij een scenario om het te vergelijken."
                : query.containsKey("weggegooid") ? "Het bewaarde scenario " + query.get("weggegooid") + " is weggegooid." : null;
        if (!form.asked() || !form.errors().isEmpty()) {
            List<String> errors = new ArrayList<>(refused);
            errors.addAll(form.errors());
            ScenarioPage page = empty(provinceCode, path, kept, form, errors, notice);
            return Uni.createFrom().item(errors.isEmpty() ? Response.ok(Templates.scenarios(page)).build()
                    : Pages.refusedPage(Templates.scenarios(page)));
        }
        return supervision.compareScenarios(form.request(), viewer.bearer())
                .map(comparison -> {
                    ScenarioPage page = compared(provinceCode, path, kept, form, comparison, query, refused, notice);
                    return refused.isEmpty() ? Response.ok(Templates.scenarios(page)).build() : Pages.refusedPage(Templates.scenarios(page));
                })
                .onFailure(ScenarioPageResource::saidInDutch).recoverWithItem(failure -> {
                    Refusal refusal = (Refusal) failure;
                    ScenarioForm told = form.refused(ScenarioRefusalsInDutch.assumptions(refusal));
                    List<String> errors = new ArrayList<>(refused);
                    errors.addAll(ScenarioRefusalsInDutch.of(refusal, form.request()));
                    errors.addAll(told.errors());
                    return Pages.refusedPage(Templates.scenarios(empty(provinceCode, path, kept, told, errors, null)));
                });
    }

    private Uni<Response> workbook(String provinceCode, ScenarioForm form) {
        if (!form.asked()) {
            throw new BadRequestException("Nothing to compare: " + String.join(" ", form.errors()));
        }
        return supervision.compareScenariosXlsx(form.request(), viewer.bearer()).map(body -> download(body, XLSX,
                "scenarios-" + (provinceCode == null ? "nederland" : provinceCode) + "-" + viewer.today() + ".xlsx"));
    }

    /** A refusal of what was entered (400) or of a distribution R1 cannot make yet (409): said on the page. */
    private static boolean saidInDutch(Throwable failure) {
        return failure instanceof Refusal refusal && (refusal.status() == 400 || refusal.status() == 409);
    }

    private ScenarioPage empty(String provinceCode, String path, String kept, ScenarioForm form, List<String> errors, String notice) {
        return new ScenarioPage(title(provinceCode), path, kept, form, errors, notice, mayKeep(provinceCode), deletable(provinceCode, form),
                null, null, List.of(), 0, null, null, null, null, null, DutchFormat.date(viewer.today()));
    }

    /** The kept scenarios the person may throw away here: those of the page's owner, when they may keep here. */
    private List<ScenarioComparison.Kept> deletable(String provinceCode, ScenarioForm form) {
        return mayKeep(provinceCode) ? form.kept().stream().filter(k -> k.owner().equals(owner(provinceCode))).toList() : List.of();
    }

    private ScenarioPage compared(String provinceCode, String path, String kept, ScenarioForm form, ScenarioComparison comparison,
                                  Map<String, String> query, List<String> refused, String notice) {
        boolean national = provinceCode == null;
        List<String> periods = comparison.periods();
        String periodText = query.get("halfjaar");
        HalfYear period = periodText != null && periods.contains(periodText) ? HalfYear.parse("halfjaar", periodText)
                : HalfYear.parse("period", periods.get(0));
        int scenarios = comparison.scenarios().size();
        int scenario = FormFields.wholeNumber(query.get("kaartscenario"), 1, scenarios).orElse(1) - 1;
        List<MunicipalityMap.Choice> periodChoices = new ArrayList<>();
        for (String p : periods) {
            periodChoices.add(new MunicipalityMap.Choice(HalfYear.parse("period", p).dutch(),
                    path + "?" + kept + "&halfjaar=" + p + "&kaartscenario=" + (scenario + 1), p.equals(period.toString())));
        }
        List<MunicipalityMap.Choice> mapChoices = new ArrayList<>();
        for (int i = 0; i < scenarios; i++) {
            mapChoices.add(new MunicipalityMap.Choice(comparison.scenarios().get(i).label(),
                    path + "?" + kept + "&halfjaar=" + period + "&kaartscenario=" + (i + 1) + "#kaart", i == scenario));
        }
        String named = national || comparison.provinces().isEmpty() ? title(provinceCode)
                : "Scenario's vergelijken: " + comparison.provinces().get(0).name();
        return new ScenarioPage(named, path, kept, form, refused, notice, mayKeep(provinceCode), deletable(provinceCode, form), comparison,
                period, periodChoices, scenario, ScenarioPage.heads(comparison),
                national ? ScenarioPage.provinces(comparison, period, kept) : ScenarioPage.municipalities(comparison, period),
                ScenarioPage.homes(comparison, period, national),
                ScenarioPage.colourChanges(comparison, scenario, period),
                ScenarioPage.map(comparison, scenario, period, national).withChoices(mapChoices), DutchFormat.date(viewer.today()));
    }

    /** The form's own fields as a query, to keep in the page's links: nothing else of what was sent is echoed. */
    static String keptQuery(ScenarioForm form) {
        List<String> pairs = new ArrayList<>();
        for (ScenarioForm.Column column : form.columns()) {
            if (!column.name().isBlank()) {
                pairs.add(column.nameField() + "=" + URLEncoder.encode(column.name(), StandardCharsets.UTF_8));
            }
            if (!column.keptValue().isEmpty()) {
                pairs.add(column.keptField() + "=" + URLEncoder.encode(column.keptValue(), StandardCharsets.UTF_8));
            }
            column.totals().stream().filter(f -> !f.value().isEmpty())
                    .forEach(f -> pairs.add(f.name() + "=" + URLEncoder.encode(f.value(), StandardCharsets.UTF_8)));
        }
        form.assumptions().stream().filter(a -> !a.value().isEmpty())
                .forEach(a -> pairs.add(a.name() + "=" + URLEncoder.encode(a.value(), StandardCharsets.UTF_8)));
        for (ScenarioForm.MixRow row : form.mix().rows()) {
            if (!row.households().isEmpty()) {
                pairs.add(row.householdsField() + "=" + URLEncoder.encode(row.households(), StandardCharsets.UTF_8));
            }
            if (!row.personsValue().isEmpty()) {
                pairs.add(row.personsField() + "=" + URLEncoder.encode(row.personsValue(), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", pairs);
    }

    private static Map<String, String> single(UriInfo uri) {
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
        return query;
    }
}
