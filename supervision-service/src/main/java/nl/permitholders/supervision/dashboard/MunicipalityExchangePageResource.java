package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.refusedReason;
import static nl.permitholders.supervision.dashboard.Dashboard.said;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.exchange.AgreementChange;
import nl.permitholders.supervision.exchange.ExchangeAgreementService;
import nl.permitholders.supervision.reference.Municipality;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A municipality's own exchange agreements (R2) and, for its own staff, the forms the API offers a municipality:
 * propose one with another municipality of the province, confirm or decline one it is a party to, withdraw its own
 * proposal. Every form goes through {@link ExchangeAgreementService}, as the API does, in the signed-in person's name; a
 * refusal comes back as a Dutch message on the page and stores nothing.
 */
@Path("/dashboard")
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
    ExchangeAgreementService exchangeAgreements;
    @Inject
    Viewer viewer;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/gemeenten/{code}/uitruil")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "A municipality's exchange agreements, and for its own staff the forms to propose, confirm, decline or withdraw")
    public Uni<TemplateInstance> exchanges(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                           @QueryParam("uitruil") String done, @QueryParam("fout") String error) {
        LocalDate today = viewer.today();
        boolean own = viewer.isOwnMunicipality(code);
        return viewer.toMunicipality(code)
                .chain(() -> Municipality.<Municipality>findById(code))
                .flatMap(town -> {
                    String provinceCode = town == null ? null : town.provinceCode;
                    return Municipality.<Municipality>list("provinceCode", provinceCode).flatMap(towns -> exchangeAgreements.ofMunicipality(code)
                            .flatMap(agreements -> exchangeAgreements.breaches(agreements).map(breaches -> {
                                Map<String, String> names = new HashMap<>();
                                towns.forEach(t -> names.put(t.code, t.name == null ? t.code : t.name));
                                String name = names.getOrDefault(code, code);
                                return MunicipalityExchangePage.of(code, name, own, agreements, breaches, names, today,
                                        DONE.get(done == null ? "" : done), said(ERRORS, error));
                            })));
                })
                .map(Templates::exchanges);
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/uitruil/voorstellen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The proposal form: proposes an exchange agreement as POST /exchanges does")
    public Uni<Response> propose(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                 @FormParam("partner") String partner, @FormParam("periode") String periodText,
                                 @FormParam("richting") String directionText, @FormParam("personen") String personsText,
                                 @FormParam("reden") String reason) {
        Back back = back(code).at("voorstellen");
        Optional<Period> period = period(periodText);
        Optional<Direction> direction = Dashboard.choice(Direction.class, directionText);
        Optional<Integer> persons = Dashboard.wholeNumber(personsText, 1, 100_000);
        String refused = partner == null || !partner.matches(Codes.MUNICIPALITY) || partner.equals(code) ? "partner"
                : period.isEmpty() ? "periode" : direction.isEmpty() ? "richting" : persons.isEmpty() ? "personen"
                : refusedReason(reason, ExchangeAgreementService.REASON_MAX) ? "reden" : null;
        if (refused != null) {
            return back.refused(refused);
        }
        int own = direction.get() == Direction.OVERNEMEN ? persons.get() : -persons.get();
        return onOwnBehalf(code, "voorgesteld", () -> exchangeAgreements.propose(period.get(), reason.strip(),
                List.of(new AgreementChange(code, own, 0), new AgreementChange(partner, -own, 0))));
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/uitruil/bevestigingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The confirmation form: confirms as POST /exchanges/{id}/confirm does")
    public Uni<Response> confirm(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code, @FormParam("uitruil") String chosen) {
        return step(code, chosen, "bevestigd", exchangeAgreements::confirm);
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/uitruil/afwijzingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The decline form: declines as POST /exchanges/{id}/decline does, with the reason")
    public Uni<Response> decline(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                 @FormParam("uitruil") String chosen, @FormParam("reden") String reason) {
        if (refusedReason(reason, ExchangeAgreementService.REASON_MAX)) {
            return back(code).at("beslissen").refused("reden");
        }
        return step(code, chosen, "afgewezen", id -> exchangeAgreements.decline(id, reason.strip()));
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/uitruil/intrekkingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The withdrawal form: withdraws the municipality's own proposal as POST /exchanges/{id}/withdraw does")
    public Uni<Response> withdraw(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code, @FormParam("uitruil") String chosen) {
        return step(code, chosen, "ingetrokken", exchangeAgreements::withdraw);
    }

    private Uni<Response> step(String code, String chosen, String done, Function<UUID, Uni<?>> step) {
        Optional<UUID> id = Dashboard.uuid(chosen);
        if (id.isEmpty()) {
            return back(code).at("beslissen").refused("keuze");
        }
        return onOwnBehalf(code, done, () -> step.apply(id.get()));
    }

    /**
     * Takes the step when the page is the caller's own municipality's (403 otherwise, as by URL), and goes back to the
     * page saying how it went; the rules' refusals become the page's messages.
     */
    private Uni<Response> onOwnBehalf(String code, String done, java.util.function.Supplier<Uni<?>> step) {
        Back back = back(code);
        return viewer.ownMunicipalityOnly(code)
                .chain(() -> Uni.createFrom().deferred(step)
                        .map(taken -> back.with("uitruil=" + done))
                        .onFailure(InvalidInputException.class).recoverWithItem(e -> back.refusal("controle"))
                        .onFailure(ConflictException.class).recoverWithItem(e -> back.refusal("staat"))
                        .onFailure(ForbiddenException.class).recoverWithItem(e -> back.refusal("niet-toegestaan")));
    }

    private static Back back(String code) {
        return Back.to("/dashboard/gemeenten/" + code + "/uitruil?");
    }

    private static Optional<Period> period(String text) {
        try {
            return Optional.of(Period.parse(text == null ? "" : text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
