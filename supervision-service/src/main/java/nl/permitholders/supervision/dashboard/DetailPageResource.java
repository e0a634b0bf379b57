package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.CSV;
import static nl.permitholders.supervision.dashboard.Dashboard.XLSX;
import static nl.permitholders.supervision.dashboard.Dashboard.chartJson;
import static nl.permitholders.supervision.dashboard.Dashboard.choice;
import static nl.permitholders.supervision.dashboard.Dashboard.date;
import static nl.permitholders.supervision.dashboard.Dashboard.download;
import static nl.permitholders.supervision.dashboard.Dashboard.POSTED_FROM_A_PAGE;
import static nl.permitholders.supervision.dashboard.Dashboard.refusedReason;
import static nl.permitholders.supervision.dashboard.Dashboard.said;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.actionplan.ActionPlanView;
import nl.permitholders.supervision.actionplan.ActionPlanQueries;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.LedgerLine;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.ladder.DecisionRequest;
import nl.permitholders.supervision.ladder.LadderView;
import nl.permitholders.supervision.ladder.LadderQueries;
import nl.permitholders.supervision.ladder.LadderService;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.regime.RegimeRequest;
import nl.permitholders.supervision.regime.RegimeQueries;
import nl.permitholders.supervision.regime.RegimeService;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.round.LetterService;
import nl.permitholders.supervision.timeline.TimelineView;
import nl.permitholders.supervision.timeline.TimelineQueries;
import nl.permitholders.supervision.verdict.ProvinceVerdict;
import nl.permitholders.supervision.ladder.ProvinceVerdictService;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import nl.permitholders.display.TableExport;
import nl.permitholders.display.DutchFormat;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The dashboard's page of a municipality for a half-year, its exports, and the forms province staff decide with: a
 * ladder decision, a supervision regime and the province's verdict at a deadline.
 */
@Path("/dashboard")
public class DetailPageResource {

    // The Dutch message for each error code a form sends back to the page; an unknown code shows none.
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("trede", "Kies een trede van de interventieladder."),
            Map.entry("datum", "Vul de datum van het besluit in."),
            Map.entry("toekomst", "De datum van het besluit kan niet in de toekomst liggen."),
            Map.entry("reden", "Vul de reden van het besluit in (hoogstens 1.000 tekens)."),
            Map.entry("regime", "Kies een toezichtregime."),
            Map.entry("regime-reden", "Vul de reden van het toezichtregime in (hoogstens 500 tekens)."),
            Map.entry("oordeel", "Kies een oordeel."),
            Map.entry("oordeel-r7", "Dit oordeel past niet bij de achterstand op de peildatum: met een achterstand is het niet gehaald "
                    + "(al dan niet verschoonbaar), zonder achterstand gehaald."),
            Map.entry("peildatum", "Kies een peildatum die voorbij is en waarop de gemeente een oordeel heeft."),
            Map.entry("datum-oordeel", "Vul de datum van het oordeel in: niet voor de peildatum en niet in de toekomst."),
            Map.entry("gronden", "Vul de gronden van het oordeel in (hoogstens 500 tekens)."));

    static final String PLACEMENT_RECORDED = "De plaatsing is vastgelegd. De cijfers hieronder tellen haar mee zodra de "
            + "toezichtprojectie haar heeft verwerkt, meestal binnen enkele seconden: vernieuw dan de pagina.";
    static final String MOVE_RECORDED = "De verhuizing naar vervolghuisvesting is vastgelegd. De cijfers volgen zodra de "
            + "toezichtprojectie haar heeft verwerkt.";
    static final String OFFER_MADE = "Het aanbod is vastgelegd: de woning is voor dit huishouden gereserveerd tot het aanbod "
            + "is aanvaard (met een plaatsing in de woning) of afgewezen.";
    static final String OFFER_DECLINED = "De afwijzing is vastgelegd: de koppeling wacht weer op een aanbod en de woning is "
            + "weer vrij.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(DetailPage page, HousingPanel housing);
    }

    @Inject
    nl.permitholders.supervision.merger.MergerQueries mergedMunicipalities;

    @Inject
    FiguresQueries figuresQueries;
    @Inject
    TimelineQueries timelines;
    @Inject
    LadderQueries ladderQueries;
    @Inject
    LadderService ladders;
    @Inject
    ActionPlanQueries actionPlans;
    @Inject
    RegimeService regimes;
    @Inject
    RegimeQueries regimeQueries;
    @Inject
    ProvinceVerdictService provinceVerdicts;
    @Inject
    LetterService letterBook;
    @RestClient
    PlacementApiClient placements;
    @RestClient
    HousingStockApiClient housingStock;
    @Inject
    Clock clock;
    @Inject
    Viewer viewer;
    @Inject
    ObjectMapper json;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/gemeenten/{code}")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "A municipality's detail page for a half-year")
    public Uni<TemplateInstance> detail(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                        @QueryParam("periode") String periodText,
                                        @QueryParam("besluit") String decision, @QueryParam("oordeel") String verdict,
                                        @QueryParam("plaatsing") String placement, @QueryParam("aanbod") String offer,
                                        @QueryParam("fout") String error) {
        String message = "vastgelegd".equals(placement) ? PLACEMENT_RECORDED
                : "verhuisd".equals(placement) ? MOVE_RECORDED
                : "gedaan".equals(offer) ? OFFER_MADE
                : "afgewezen".equals(offer) ? OFFER_DECLINED : message(decision, verdict);
        String said = error != null && PlacementFormsResource.ERRORS.containsKey(error) ? said(PlacementFormsResource.ERRORS, error) : said(ERRORS, error);
        // The waiting list, offers and vacant units are the municipality's own officers' to read (placement-service and
        // housing-stock admit no one else), read once the page's own figures are.
        return detailPage(code, periodText, message, said).flatMap(page -> page.ownMunicipality()
                ? new HousingPanels(placements, housingStock, clock).of(code, viewer.bearer()).map(housing -> Templates.detail(page, housing))
                : Uni.createFrom().item(Templates.detail(page, null)));
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/gemeenten/{code}/detail.csv")
    @WithSession
    @Produces("text/csv")
    @Operation(hidden = true, summary = "A municipality's detail as CSV: every table of the page")
    public Uni<Response> detailCsv(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                   @QueryParam("periode") String periodText) {
        return detailPage(code, periodText, null, null).map(page -> download(TableExport.csv(page.tables()), CSV,
                "gemeente-" + code + "-" + page.period() + ".csv"));
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/gemeenten/{code}/detail.xlsx")
    @WithSession
    @Produces(XLSX)
    @Operation(hidden = true, summary = "A municipality's detail as an Excel workbook: every table of the page, a sheet each")
    public Uni<Response> detailXlsx(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                    @QueryParam("periode") String periodText) {
        return detailPage(code, periodText, null, null).map(page -> download(TableExport.xlsx(page.tables()), XLSX,
                "gemeente-" + code + "-" + page.period() + ".xlsx"));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/gemeenten/{code}/trede-besluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The decision form: records a ladder decision as POST /municipalities/{code}/ladder-decisions does",
            description = POSTED_FROM_A_PAGE + "The decider is the signed-in caller.")
    public Uni<Response> decide(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                @FormParam("periode") String periodText, @FormParam("trede") String stageText,
                                @FormParam("besloten-op") String decidedOnText, @FormParam("reden") String reason) {
        Back back = back(code, periodText);
        Optional<Stage> stage = choice(Stage.class, stageText);
        Optional<String> refused = stage.isEmpty() ? Optional.of("trede") : refusedDateOrReason(decidedOnText, reason, 1000, "reden");
        if (refused.isPresent()) {
            return back.refused(refused.get());
        }
        return viewer.toMunicipality(code)
                .chain(() -> ladders.decide(code, new DecisionRequest(stage.get(), LocalDate.parse(decidedOnText), reason.strip())))
                .map(created -> back.at("ladder").with("besluit=vastgelegd"));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/gemeenten/{code}/regime-besluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The regime form: records a supervision regime as POST /municipalities/{code}/supervision-regime does",
            description = POSTED_FROM_A_PAGE + "The decider is the signed-in caller.")
    public Uni<Response> decideRegime(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                      @FormParam("periode") String periodText, @FormParam("regime") String regimeText,
                                      @FormParam("besloten-op") String decidedOnText, @FormParam("reden") String reason) {
        Back back = back(code, periodText);
        Optional<SupervisionRegime> regime = choice(SupervisionRegime.class, regimeText);
        Optional<String> refused = regime.isEmpty() ? Optional.of("regime")
                : refusedDateOrReason(decidedOnText, reason, RegimeService.REASON_MAX, "regime-reden");
        if (refused.isPresent()) {
            return back.refused(refused.get());
        }
        return viewer.toMunicipality(code)
                .chain(() -> regimes.decide(code, new RegimeRequest(regime.get(), LocalDate.parse(decidedOnText), reason.strip())))
                .map(created -> back.at("regime").with("besluit=regime-vastgelegd"));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/gemeenten/{code}/oordelen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The verdict form: records the province's verdict as POST /municipalities/{code}/verdicts/{deadline}/province-verdict does",
            description = POSTED_FROM_A_PAGE + "The decider is the signed-in caller.")
    public Uni<Response> judge(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                               @FormParam("periode") String periodText, @FormParam("peildatum") String deadlineText,
                               @FormParam("oordeel") String verdictText, @FormParam("besloten-op") String decidedOnText,
                               @FormParam("gronden") String grounds) {
        Back back = back(code, periodText).at("oordelen");
        Optional<Verdict> verdict = choice(Verdict.class, verdictText);
        if (verdict.isEmpty()) {
            return back.refused("oordeel");
        }
        Optional<LocalDate> deadline = date(deadlineText);
        Optional<LocalDate> decidedOn = date(decidedOnText);
        if (deadline.isEmpty() || decidedOn.isEmpty()) {
            return back.refused("datum-oordeel");
        }
        if (refusedReason(grounds == null ? null : grounds.strip(), ProvinceVerdict.GROUNDS_MAX)) {
            return back.refused("gronden");
        }
        return viewer.toMunicipality(code)
                .chain(() -> provinceVerdicts.record(code, deadline.get(),
                        new ProvinceVerdictService.Statement(verdict.get(), grounds.strip(), decidedOn.get())))
                .map(recorded -> back.with("oordeel=vastgelegd"))
                .onFailure(InvalidInputException.class).recoverWithItem(e -> back.refusal(
                        formField(((InvalidInputException) e).invalidParams().get(0).name())));
    }

    /** Where a form goes back to: the detail page of the half-year it was posted from, ready for a query parameter. */
    private Back back(String code, String periodText) {
        return Back.to("/dashboard/gemeenten/" + code + (periodText == null || periodText.isBlank() ? "?" : "?periode=" + viewer.period(periodText) + "&"));
    }

    /**
     * What a decision form's date and reason fail on, as the page's error code: "datum" for no date or one outside the
     * range, "toekomst" for a date after today, {@code reasonError} for a blank, too long or unstorable reason.
     */
    private Optional<String> refusedDateOrReason(String decidedOnText, String reason, int reasonMax, String reasonError) {
        Optional<LocalDate> decidedOn = date(decidedOnText);
        if (decidedOn.isEmpty()) {
            return Optional.of("datum");
        }
        if (decidedOn.get().isAfter(viewer.today())) {
            return Optional.of("toekomst");
        }
        return refusedReason(reason, reasonMax) ? Optional.of(reasonError) : Optional.empty();
    }

    /** The verdict form's error for a field the API names. */
    private static String formField(String field) {
        return switch (field) {
            case "verdict" -> "oordeel-r7";
            case "deadline" -> "peildatum";
            default -> "datum-oordeel";
        };
    }

    private Uni<DetailPage> detailPage(String code, String periodText, String message, String error) {
        Period period = viewer.period(periodText);
        LocalDate now = viewer.today();
        boolean current = !period.isBefore(Period.containing(now));
        // The plans read through the request's session, which runs one query at a time: after the ladder, not beside it.
        Uni<Tuple2<LadderView, Page<ActionPlanView>>> ladderThenPlans = ladderQueries.ladder(code, null)
                .flatMap(ladder -> actionPlans.list(code, null, new PageParams().request()).map(plans -> Tuple2.of(ladder, plans)));
        return viewer.toMunicipality(code)
                .chain(() -> Uni.combine().all().unis(figuresQueries.figures(code, period, null), figuresQueries.municipality(code), ladderThenPlans,
                        regimeQueries.histories(List.of(code)), provinceVerdicts.deadlines(code), letterBook.sentTo(code),
                        mergedMunicipalities.of(code))
                        .with((figures, known, ladderAndPlans, histories, verdicts, letters, merged) -> {
                    LadderView ladder = ladderAndPlans.getItem1();
                    var plan = ladderAndPlans.getItem2().items().stream().findFirst();
                    TimelineView timeline = timelines.municipality(known, Optional.empty(), Optional.empty());
                    Optional<Forecast.Result> forecast = current
                            ? Optional.of(Forecast.unchangedPolicy(known.ledger(), period, now, Forecast.DEFAULT_TRAILING_MONTHS))
                            : Optional.empty();
                    List<LedgerLine> ledger = LedgerLine.of(known.ledger(), period);
                    return new DetailPage(code, figures.municipalityName() != null ? figures.municipalityName() : code,
                            figures.provinceCode(), period, Dashboard.dutchPeriod(period),
                            figures.verdict() == null ? null : figures.verdict().verdict(), DetailPage.verdictBasis(figures.verdict()),
                            ladder.currentStage(), DutchFormat.date(ladder.currentSince()), ladder.advice(),
                            DetailPage.figures(figures, forecast), DetailPage.ledger(ledger),
                            DetailPage.waiting(known.ledger().waitingCouplings(now)), DetailPage.pipeline(figures),
                            plan.map(p -> p.title() + " (vastgesteld " + DutchFormat.date(p.adoptedOn()) + ")").orElse(null),
                            plan.map(DetailPage::measures).orElse(null), plan.map(DetailPage::progress).orElse(null),
                            DetailPage.decisions(ladder), DetailPage.deadlines(timeline), DetailPage.months(timeline),
                            chartJson(json, timeline, true), viewer.provinceStaff(), DetailPage.stageChoices(),
                            now.toString(), message, error, DetailPage.regime(histories.get(code), now),
                            DetailPage.provinceVerdicts(verdicts), DetailPage.verdictDeadlines(verdicts),
                            DetailPage.verdictChoices(), viewer.isOwnMunicipality(code),
                            DetailPage.clock(known.ledger().waitingCouplings(now), now), DetailPage.letters(code, letters, DeadlineJudge.judgeClosed(known, now)),
                            DetailPage.waitingChoices(known.ledger().waitingCouplings(now)),
                            DetailPage.temporaryPlacements(known.ledger().inTemporaryHousing(now)), DetailPage.housingChoices(),
                            DetailPage.merged(merged), DetailPage.toBeDivided(figures));
                }));
    }

    private static String message(String decision, String verdict) {
        if ("vastgelegd".equals(verdict)) {
            return "Het oordeel is vastgelegd.";
        }
        if (decision == null) {
            return null;
        }
        return switch (decision) {
            case "vastgelegd" -> "Het besluit is vastgelegd.";
            case "regime-vastgelegd" -> "Het toezichtregime is vastgelegd.";
            default -> null;
        };
    }
}
