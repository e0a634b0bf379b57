package nl.permitholders.dashboard.exchange;

import static nl.permitholders.dashboard.FormFields.refusedReason;
import static nl.permitholders.dashboard.FormFields.said;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.permitholders.dashboard.Back;
import nl.permitholders.dashboard.EndedMunicipality;
import nl.permitholders.dashboard.FormFields;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.QuotaClient;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.SupervisionClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A municipality's own exchange agreements (R2: supervision's listMunicipalityExchanges) and, for its own officers, the
 * forms the API offers a municipality: propose one with another municipality of the province, confirm or decline one it
 * is a party to, withdraw its own proposal. Each is supervision's operation in the signed-in person's name; a refusal
 * comes back as a Dutch message on the page and stores nothing.
 */
@Path("/dashboard")
@Authenticated
public class MunicipalityExchangePageResource {

    // The Dutch message for each error code a form sends back to the page; an unknown code shows none.
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("keuze", "Kies een uitruil."),
            Map.entry("partner", "Kies de gemeente waarmee u wilt uitruilen."),
            Map.entry("periode", "Kies het halfjaar van de uitruil."),
            Map.entry("personen", "Vul het aantal personen in: een heel getal van 1 tot en met 100.000."),
            Map.entry("richting", "Kies of uw gemeente taakstelling overneemt of overdraagt."),
            Map.entry("reden", "Vul de reden in (hoogstens 500 tekens)."),
            Map.entry("controle", "De uitruil kan zo niet: de gecorrigeerde taakstelling van een gemeente zou onder nul komen, of het "
                    + "voorstel klopt niet. Er is niets vastgelegd."),
            Map.entry("staat", "Deze stap kan niet (meer): over de uitruil is al beslist, of uw gemeente heeft hem al bevestigd."),
            Map.entry("niet-toegestaan", "Deze stap is niet aan uw gemeente: alleen een partij bevestigt of wijst af, alleen de "
                    + "voorsteller trekt in."));

    private static final Map<String, String> DONE = Map.of(
            "voorgesteld", "De uitruil is voorgesteld. De andere gemeente kan hem nu bevestigen of afwijzen.",
            "bevestigd", "Uw gemeente heeft de uitruil bevestigd.",
            "afgewezen", "Uw gemeente heeft de uitruil afgewezen.",
            "ingetrokken", "Uw gemeente heeft het voorstel ingetrokken.");

    /** Who takes over the quota in a proposal: the proposing municipality, or the other. */
    enum Direction { OVERNEMEN, OVERDRAGEN }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exchanges(MunicipalityExchangePage page);
    }

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    @RestClient
    QuotaClient register;
    @Inject
    Viewer viewer;

    @GET
    @Path("/gemeenten/{code}/uitruil")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> exchanges(@PathParam("code") @Pattern(regexp = "GM\\d{4}") String code,
                                           @QueryParam("uitruil") String done, @QueryParam("fout") String error) {
        boolean own = viewer.isOwnMunicipality(code);
        String bearer = viewer.bearer();
        // The municipality's province's municipalities, by name: the parties and partners the page names.
        Uni<Map<String, String>> names = register.municipality(code, bearer)
                .flatMap(town -> town.provinceCode() == null ? Uni.createFrom().item(Map.<String, String>of())
                        : register.municipalitiesOf(town.provinceCode(), bearer).map(ExchangePageResource::names));
        // Whether it has ended: then the page says so and offers no forms (when supervision cannot say, the forms stay, and
        // supervision refuses a step an ended municipality may not take).
        Uni<Optional<EndedMunicipality>> ended = supervision.lifespan(code, bearer).map(EndedMunicipality::of)
                .onFailure().recoverWithItem(Optional.empty());
        return Uni.combine().all().unis(supervision.municipalityExchanges(code, bearer), names, ended).with((agreements, known, gone) ->
                Templates.exchanges(MunicipalityExchangePage.of(code, gone.map(EndedMunicipality::name).orElse(known.getOrDefault(code, code)),
                        gone.orElse(null), own, agreements, known, viewer.today(), DONE.get(done == null ? "" : done), said(ERRORS, error))));
    }

    @RolesAllowed(Viewer.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/uitruil/voorstellen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> propose(@PathParam("code") @Pattern(regexp = "GM\\d{4}") String code,
                                 @FormParam("partner") String partner, @FormParam("periode") String periodText,
                                 @FormParam("richting") String directionText, @FormParam("personen") String personsText,
                                 @FormParam("reden") String reason) {
        Back back = back(code).at("voorstellen");
        Optional<HalfYear> period = period(periodText);
        Optional<Direction> direction = FormFields.choice(Direction.class, directionText);
        Optional<Integer> persons = FormFields.wholeNumber(personsText, 1, 100_000);
        String refused = partner == null || !partner.matches("GM\\d{4}") || partner.equals(code) ? "partner"
                : period.isEmpty() ? "periode" : direction.isEmpty() ? "richting" : persons.isEmpty() ? "personen"
                : refusedReason(reason, ExchangePage.REASON_MAX) ? "reden" : null;
        if (refused != null) {
            return back.refused(refused);
        }
        int own = direction.get() == Direction.OVERNEMEN ? persons.get() : -persons.get();
        return onOwnBehalf(code, "voorgesteld", () -> supervision.proposeExchange(viewer.bearer(), Map.of(
                "period", period.get().toString(), "reason", reason.strip(),
                "changes", List.of(Map.of("municipalityCode", code, "delta", own, "backlogTransfer", 0),
                        Map.of("municipalityCode", partner, "delta", -own, "backlogTransfer", 0)))));
    }

    @RolesAllowed(Viewer.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/uitruil/bevestigingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> confirm(@PathParam("code") @Pattern(regexp = "GM\\d{4}") String code, @FormParam("uitruil") String chosen) {
        return step(code, chosen, "bevestigd", "confirm", Map.of());
    }

    @RolesAllowed(Viewer.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/uitruil/afwijzingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decline(@PathParam("code") @Pattern(regexp = "GM\\d{4}") String code,
                                 @FormParam("uitruil") String chosen, @FormParam("reden") String reason) {
        if (refusedReason(reason, ExchangePage.REASON_MAX)) {
            return back(code).at("beslissen").refused("reden");
        }
        return step(code, chosen, "afgewezen", "decline", Map.of("reason", reason.strip()));
    }

    @RolesAllowed(Viewer.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/uitruil/intrekkingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> withdraw(@PathParam("code") @Pattern(regexp = "GM\\d{4}") String code, @FormParam("uitruil") String chosen) {
        return step(code, chosen, "ingetrokken", "withdraw", Map.of());
    }

    private Uni<Response> step(String code, String chosen, String done, String step, Map<String, Object> body) {
        Optional<UUID> id = FormFields.uuid(chosen);
        if (id.isEmpty()) {
            return back(code).at("beslissen").refused("keuze");
        }
        return onOwnBehalf(code, done, () -> supervision.exchangeStep(id.get().toString(), step, viewer.bearer(), body));
    }

    /**
     * Takes the step when the page is the caller's own municipality's (403 otherwise, as by URL), and goes back to the
     * page saying how it went; supervision's refusals become the page's messages.
     */
    private Uni<Response> onOwnBehalf(String code, String done, Supplier<Uni<Response>> step) {
        Back back = back(code);
        if (!viewer.isOwnMunicipality(code)) {
            return Uni.createFrom().failure(new ForbiddenException("Only municipality " + code + "'s own officers act for it."));
        }
        return Uni.createFrom().deferred(step::get)
                .map(taken -> back.with("uitruil=" + done))
                .onFailure(e -> Refusal.statusOf(e) == 400).recoverWithItem(e -> back.refusal("controle"))
                .onFailure(e -> Refusal.statusOf(e) == 409).recoverWithItem(e -> back.refusal("staat"))
                .onFailure(e -> Refusal.statusOf(e) == 403).recoverWithItem(e -> back.refusal("niet-toegestaan"));
    }

    private static Back back(String code) {
        return Back.to("/dashboard/gemeenten/" + code + "/uitruil?");
    }

    private static Optional<HalfYear> period(String text) {
        try {
            return Optional.of(HalfYear.parse("periode", text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
