package nl.permitholders.dashboard.municipality;

import static nl.permitholders.dashboard.FormFields.choice;
import static nl.permitholders.dashboard.FormFields.date;
import static nl.permitholders.dashboard.FormFields.refusedReason;
import static nl.permitholders.dashboard.FormFields.said;
import static nl.permitholders.dashboard.Pages.CSV;
import static nl.permitholders.dashboard.Pages.XLSX;
import static nl.permitholders.dashboard.Pages.download;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.dashboard.Back;
import nl.permitholders.dashboard.EndedMunicipality;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Pages;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.ActionPlan;
import nl.permitholders.dashboard.api.DeadlineVerdicts;
import nl.permitholders.dashboard.api.Forecast;
import nl.permitholders.dashboard.api.HousingStockClient;
import nl.permitholders.dashboard.api.HousingStockClient.Unit;
import nl.permitholders.dashboard.api.Ladder;
import nl.permitholders.dashboard.api.LedgerLine;
import nl.permitholders.dashboard.api.Lifespan;
import nl.permitholders.dashboard.api.MergedMunicipality;
import nl.permitholders.dashboard.api.MunicipalityFigures;
import nl.permitholders.dashboard.api.PlacementClient;
import nl.permitholders.dashboard.api.PlacementClient.Offer;
import nl.permitholders.dashboard.api.PlacementClient.WaitingEntry;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.RegimeHistory;
import nl.permitholders.dashboard.api.SentLetter;
import nl.permitholders.dashboard.api.ServicePage;
import nl.permitholders.dashboard.api.Stage;
import nl.permitholders.dashboard.api.SupervisionClient;
import nl.permitholders.dashboard.api.SupervisionRegime;
import nl.permitholders.dashboard.api.TemporaryPlacement;
import nl.permitholders.dashboard.api.Timeline;
import nl.permitholders.dashboard.api.Verdict;
import nl.permitholders.dashboard.api.WaitingCoupling;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.dashboard.municipality.HousingPanel.UnitSuggestions;
import nl.permitholders.dashboard.municipality.HousingPanel.Waiting;
import nl.permitholders.display.TableExport;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * A municipality's page for a half-year, its exports, the letters sent to it, and the forms province staff decide with:
 * a ladder decision, a supervision regime and the province's verdict at a deadline, each recorded by supervision's API
 * in the signed-in person's name. Everything on it is read from supervision's API side by side (and, for the
 * municipality's own officers, from placement-service and housing-stock: {@link HousingPanel}).
 */
@Path("/dashboard")
@Authenticated
public class MunicipalityPageResource {

    private static final Logger LOG = Logger.getLogger(MunicipalityPageResource.class);

    /** A municipality code as the services write it. */
    static final String MUNICIPALITY = "GM\\d{4}";
    /** The longest reason a ladder decision keeps; a regime's and a verdict's grounds keep {@link #REASON_MAX}. */
    static final int DECISION_REASON_MAX = 1000;
    static final int REASON_MAX = 500;

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
            Map.entry("gronden", "Vul de gronden van het oordeel in (hoogstens 500 tekens)."),
            Map.entry("ongeldig", "Dit kan zo niet worden vastgelegd. Er is niets vastgelegd."));

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
        static native TemplateInstance detail(MunicipalityPage page, HousingPanel housing);
    }

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    @RestClient
    PlacementClient placements;
    @Inject
    @RestClient
    HousingStockClient housingStock;
    @Inject
    Viewer viewer;
    @Inject
    ObjectMapper json;

    @GET
    @Path("/gemeenten/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> detail(@PathParam("code") @Pattern(regexp = MUNICIPALITY) String code,
                                        @QueryParam("periode") String periodText,
                                        @QueryParam("besluit") String decision, @QueryParam("oordeel") String verdict,
                                        @QueryParam("plaatsing") String placement, @QueryParam("aanbod") String offer,
                                        @QueryParam("fout") String error) {
        String message = "vastgelegd".equals(placement) ? PLACEMENT_RECORDED
                : "verhuisd".equals(placement) ? MOVE_RECORDED
                : "gedaan".equals(offer) ? OFFER_MADE
                : "afgewezen".equals(offer) ? OFFER_DECLINED : message(decision, verdict);
        String said = error != null && PlacementFormsResource.ERRORS.containsKey(error) ? said(PlacementFormsResource.ERRORS, error)
                : said(ERRORS, error);
        // The waiting list, offers and vacant units are the municipality's own officers' to read (placement-service and
        // housing-stock admit no one else), read beside the page's own figures.
        Uni<HousingPanel> housing = viewer.isOwnMunicipality(code)
                ? housing(code, viewer.bearer(), viewer.today()) : Uni.createFrom().nullItem();
        return Uni.combine().all().unis(page(code, periodText, message, said), housing).with(Templates::detail);
    }

    @GET
    @Path("/gemeenten/{code}/detail.csv")
    @Produces("text/csv")
    public Uni<Response> detailCsv(@PathParam("code") @Pattern(regexp = MUNICIPALITY) String code, @QueryParam("periode") String periodText) {
        return page(code, periodText, null, null).map(page -> download(TableExport.csv(page.tables()), CSV,
                "gemeente-" + code + "-" + page.period() + ".csv"));
    }

    @GET
    @Path("/gemeenten/{code}/detail.xlsx")
    @Produces(XLSX)
    public Uni<Response> detailXlsx(@PathParam("code") @Pattern(regexp = MUNICIPALITY) String code, @QueryParam("periode") String periodText) {
        return page(code, periodText, null, null).map(page -> download(TableExport.xlsx(page.tables()), XLSX,
                "gemeente-" + code + "-" + page.period() + ".xlsx"));
    }

    /**
     * A letter the province sent to the municipality, as it was sent: letter number {@code brief} about the deadline, or
     * the latest; for the municipality itself and its province (supervision's getSentLetter decides).
     */
    @GET
    @Path("/gemeenten/{code}/verzonden-brieven/{deadline}")
    @Produces(Pages.PDF)
    public Uni<Response> sentLetter(@PathParam("code") @Pattern(regexp = MUNICIPALITY) String code,
                                    @PathParam("deadline") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String deadline,
                                    @QueryParam("brief") @Min(1) Integer number) {
        String bearer = viewer.bearer();
        Uni<Integer> which = number != null ? Uni.createFrom().item(number)
                : supervision.sentLetters(code, bearer).map(sent -> sent.stream()
                        .filter(s -> s.deadline().toString().equals(deadline) && s.replacedBy() == null).map(SentLetter::number)
                        .findFirst().orElseThrow(() -> new NotFoundException("No letter about " + deadline + " has been sent to " + code)));
        return which.flatMap(n -> supervision.sentLetter(code, deadline, n, bearer))
                .map(pdf -> download(pdf, Pages.PDF, code + "-" + deadline + ".pdf"));
    }

    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/gemeenten/{code}/trede-besluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decide(@PathParam("code") @Pattern(regexp = MUNICIPALITY) String code,
                                @FormParam("periode") String periodText, @FormParam("trede") String stageText,
                                @FormParam("besloten-op") String decidedOnText, @FormParam("reden") String reason) {
        Back back = back(code, periodText);
        Optional<Stage> stage = choice(Stage.class, stageText);
        Optional<String> refused = stage.isEmpty() ? Optional.of("trede")
                : refusedDateOrReason(decidedOnText, reason, DECISION_REASON_MAX, "reden");
        if (refused.isPresent()) {
            return back.refused(refused.get());
        }
        return recorded(supervision.decideLadderStage(code, viewer.bearer(), Map.of("stage", stage.get().name(),
                "decidedOn", decidedOnText, "reason", reason.strip())), back.at("ladder"), "besluit=vastgelegd",
                field -> "decidedOn".equals(field) ? "datum" : "reason".equals(field) ? "reden" : "stage".equals(field) ? "trede" : "ongeldig");
    }

    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/gemeenten/{code}/regime-besluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decideRegime(@PathParam("code") @Pattern(regexp = MUNICIPALITY) String code,
                                      @FormParam("periode") String periodText, @FormParam("regime") String regimeText,
                                      @FormParam("besloten-op") String decidedOnText, @FormParam("reden") String reason) {
        Back back = back(code, periodText);
        Optional<SupervisionRegime> regime = choice(SupervisionRegime.class, regimeText);
        Optional<String> refused = regime.isEmpty() ? Optional.of("regime")
                : refusedDateOrReason(decidedOnText, reason, REASON_MAX, "regime-reden");
        if (refused.isPresent()) {
            return back.refused(refused.get());
        }
        return recorded(supervision.decideRegime(code, viewer.bearer(), Map.of("regime", regime.get().name(),
                "decidedOn", decidedOnText, "reason", reason.strip())), back.at("regime"), "besluit=regime-vastgelegd",
                field -> "decidedOn".equals(field) ? "datum" : "reason".equals(field) ? "regime-reden" : "regime".equals(field) ? "regime"
                        : "ongeldig");
    }

    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/gemeenten/{code}/oordelen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> judge(@PathParam("code") @Pattern(regexp = MUNICIPALITY) String code,
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
        if (refusedReason(grounds == null ? null : grounds.strip(), REASON_MAX)) {
            return back.refused("gronden");
        }
        return recorded(supervision.recordProvinceVerdict(code, deadline.get().toString(), viewer.bearer(), Map.of(
                        "verdict", verdict.get().name(), "grounds", grounds.strip(), "decidedOn", decidedOn.get().toString())),
                back, "oordeel=vastgelegd",
                field -> switch (field) {
                    case "verdict" -> "oordeel-r7";
                    case "deadline" -> "peildatum";
                    case "grounds" -> "gronden";
                    default -> "datum-oordeel";
                });
    }

    /**
     * Back to the page with {@code done} once supervision recorded the decision; with the form's Dutch error when it
     * refused a field (400, {@code field} maps the field it names). Any other refusal (403, a service that cannot be
     * reached) is the Dutch page of that status: nothing was recorded.
     */
    private static Uni<Response> recorded(Uni<Response> answer, Back back, String done, java.util.function.Function<String, String> field) {
        return answer.map(created -> back.with(done))
                .onFailure(e -> Refusal.statusOf(e) == 400).recoverWithItem(e -> back.refusal(field.apply(Refusal.fieldOf(e))));
    }

    /** Where a form goes back to: the page of the half-year it was posted from, ready for a query parameter. */
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

    /** What the page reads of supervision beside its figures: every part asked at once. */
    private record Reads(MunicipalityFigures figures, Timeline timeline, Ladder ladder, ServicePage<ActionPlan> plans,
                         RegimeHistory regime, List<DeadlineVerdicts> verdicts) {
    }

    /** The lists behind the figures, and what the province sent and merged. */
    private record Lists(List<LedgerLine> ledger, List<WaitingCoupling> waiting, List<TemporaryPlacement> temporary,
                         List<SentLetter> letters, List<MergedMunicipality> merged, Optional<Forecast> forecast) {
    }

    /**
     * The page of {@code code}'s half-year, every part read at once, its lifespan among them: a municipality that has
     * ended says so and offers no forms. A half-year from its end on is supervision's 410, said with what the lifespan
     * names; asked for no half-year, it shows its last own. The lifespan is read once for both: the 410 cancels the
     * other reads, and a read asked again after cancelled ones is one more call that can fail.
     */
    private Uni<MunicipalityPage> page(String code, String periodText, String message, String error) {
        HalfYear period = viewer.period(periodText);
        LocalDate now = viewer.today();
        boolean current = !period.isBefore(HalfYear.containing(now));
        String bearer = viewer.bearer();
        Uni<Reads> reads = Uni.combine().all().unis(supervision.municipalityFigures(code, period.toString(), bearer),
                supervision.municipalityTimeline(code, bearer), supervision.ladder(code, bearer), supervision.latestActionPlan(code, bearer),
                supervision.regime(code, bearer), supervision.provinceVerdicts(code, bearer)).with(Reads::new);
        Uni<Optional<Forecast>> forecast = current ? supervision.forecast(code, period.toString(), bearer).map(Optional::of)
                : Uni.createFrom().item(Optional.empty());
        Uni<Lists> lists = Uni.combine().all().unis(supervision.ledger(code, period.toString(), bearer),
                supervision.waitingCouplings(code, bearer), supervision.temporaryPlacements(code, bearer),
                supervision.sentLetters(code, bearer), supervision.mergedMunicipalities(code, bearer), forecast).with(Lists::new);
        Uni<Optional<Lifespan>> lifespanRead = lifespan(code, bearer).memoize().indefinitely();
        return Uni.combine().all().unis(reads, lists, lifespanRead).with((r, l, lifespan) -> {
            MunicipalityFigures figures = r.figures();
            Ladder ladder = r.ladder();
            Optional<EndedMunicipality> ended = lifespan.flatMap(EndedMunicipality::of);
            Optional<ActionPlan> plan = r.plans().items() == null ? Optional.empty() : r.plans().items().stream().findFirst();
            return new MunicipalityPage(code, figures.name(), figures.provinceCode(), period, period.dutch(),
                    ended.orElse(null), ended.map(e -> e.periodChoices(period)).orElseGet(() -> periodChoices(period, lifespan, now)),
                    figures.verdict() == null ? null : figures.verdict().verdict(), MunicipalityPage.verdictBasis(figures.verdict()),
                    ladder.currentStage(), ladder.currentSince() == null ? null : DutchFormat.date(ladder.currentSince()), ladder.advice(),
                    MunicipalityPage.figures(figures, l.forecast()), MunicipalityPage.ledger(l.ledger()),
                    MunicipalityPage.waiting(l.waiting()), MunicipalityPage.pipeline(figures),
                    plan.map(p -> p.title() + " (vastgesteld " + DutchFormat.date(p.adoptedOn()) + ")").orElse(null),
                    plan.map(MunicipalityPage::measures).orElse(null), plan.map(MunicipalityPage::progress).orElse(null),
                    MunicipalityPage.decisions(ladder), MunicipalityPage.deadlines(r.timeline()), MunicipalityPage.months(r.timeline()),
                    Pages.chartJson(json, r.timeline(), true), viewer.provinceStaff() && ended.isEmpty(), MunicipalityPage.stageChoices(),
                    now.toString(), message, error, MunicipalityPage.regime(r.regime()),
                    MunicipalityPage.provinceVerdicts(r.verdicts()), MunicipalityPage.verdictDeadlines(r.verdicts()),
                    MunicipalityPage.verdictChoices(), viewer.isOwnMunicipality(code),
                    MunicipalityPage.clock(l.waiting(), now), MunicipalityPage.letters(code, l.letters()),
                    MunicipalityPage.waitingChoices(l.waiting()), MunicipalityPage.temporaryPlacements(l.temporary()),
                    MunicipalityPage.housingChoices(), MunicipalityPage.merged(l.merged()), MunicipalityPage.toBeDivided(figures));
        }).onFailure(e -> e instanceof Refusal refusal && refusal.status() == 410)
                .recoverWithUni(e -> lifespanRead.onItem().<MunicipalityPage>transformToUni(lifespan -> {
                    // Asked without a half-year, an ended municipality's page is its last own half-year's.
                    Optional<HalfYear> last = lifespan.flatMap(EndedMunicipality::of).map(EndedMunicipality::lastPeriod);
                    return (periodText == null || periodText.isBlank()) && last.isPresent() ? page(code, last.get().toString(), message, error)
                            : Uni.createFrom().failure(((Refusal) e).withLifespan(lifespan.orElse(null)));
                }));
    }

    /**
     * What supervision says of the municipality's span (getMunicipalityLifespan); empty when that cannot be read, so that
     * the page still shows its figures, without saying whether it has ended.
     */
    private Uni<Optional<Lifespan>> lifespan(String code, String bearer) {
        return supervision.lifespan(code, bearer).map(Optional::of)
                .onFailure().recoverWithItem(e -> Optional.ofNullable(unavailable("supervision's lifespan", e)));
    }

    /** The half-years a page of an existing municipality offers: the pages' usual choice, none before its first. */
    private static List<Pages.PeriodChoice> periodChoices(HalfYear selected, Optional<Lifespan> lifespan, LocalDate today) {
        Optional<HalfYear> first = lifespan.map(Lifespan::firstPeriod).map(p -> HalfYear.parse("period", p));
        return Pages.periodChoices(selected, today).stream()
                .filter(c -> c.selected() || first.isEmpty() || !HalfYear.parse("period", c.value()).isBefore(first.get())).toList();
    }

    /**
     * What a municipal officer's own page shows of placement-service and housing-stock, read in the officer's own name:
     * supervision keeps no units, offers or vacancies, and neither does the dashboard. Each part that cannot be read (a
     * service down, slow, or refusing the sign-in) is left out with a Dutch line, never failing the page.
     */
    private Uni<HousingPanel> housing(String code, String bearer, LocalDate today) {
        Uni<Waiting> waiting = placements.waitingList(code, bearer)
                .flatMap(list -> openOffers(list.items(), bearer).map(open -> new Waiting(list.items(), list.totalItems(), open)))
                .onFailure().recoverWithItem(e -> unavailable("placement-service", e));
        Uni<List<UnitSuggestions>> units = housingStock.availableUnits(code, bearer)
                .flatMap(vacant -> vacant.items().isEmpty() ? Uni.createFrom().item(List.<UnitSuggestions>of())
                        : Uni.join().all(vacant.items().stream().map(unit -> suggestions(unit, bearer)).toList()).andFailFast())
                .onFailure().recoverWithItem(e -> unavailable("housing-stock-service or placement-service", e));
        return Uni.combine().all().unis(waiting, units).with((w, u) -> HousingPanel.of(w, u, today));
    }

    /** The open offer of each coupling that has one (OFFERED): at most one each, so a call each. */
    private Uni<List<Offer>> openOffers(List<WaitingEntry> waiting, String bearer) {
        List<Uni<List<Offer>>> offered = waiting.stream().filter(w -> "OFFERED".equals(w.status()))
                .map(w -> placements.offers(w.couplingId(), bearer).map(page -> page.items().stream()
                        .filter(o -> "OPEN".equals(o.status())).toList()))
                .toList();
        return offered.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(offered).andFailFast().map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    /**
     * The households placement-service suggests for a unit. A unit whose free places open offers already hold, or that
     * has left the stock, is refused with 409; one placement-service has not learnt of yet is 404: the unit is then
     * listed with the reason it has none.
     */
    private Uni<UnitSuggestions> suggestions(Unit unit, String bearer) {
        return placements.matchSuggestions(unit.id(), bearer)
                .map(page -> new UnitSuggestions(unit, page.items(), "geen wachtend huishouden past in deze woning"))
                .onFailure(e -> Refusal.statusOf(e) == 409).recoverWithItem(new UnitSuggestions(unit, List.of(),
                        "geen: de vrije plaatsen zijn al aangeboden, of de woning is niet meer beschikbaar"))
                .onFailure(e -> Refusal.statusOf(e) == 404).recoverWithItem(new UnitSuggestions(unit, List.of(),
                        "nog niet bekend bij de plaatsingsdienst; probeer het over enkele minuten opnieuw"));
    }

    private static <T> T unavailable(String service, Throwable e) {
        LOG.warnf("%s could not be read for a municipality's page: %s", service, e.toString());
        return null;
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
