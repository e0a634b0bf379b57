package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.POSTED_FROM_A_PAGE;
import static nl.permitholders.supervision.dashboard.Dashboard.refusedReason;
import static nl.permitholders.supervision.dashboard.Dashboard.said;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.exchange.ExchangeAgreement;
import nl.permitholders.supervision.exchange.ExchangeAgreementService;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.reference.Province;
import org.eclipse.microprofile.openapi.annotations.Operation;
import nl.permitholders.display.DutchFormat;

/** The dashboard's page of a province's exchange agreements (R2), and the forms to register or refuse one. */
@Path("/dashboard")
public class ExchangePageResource {

    // The Dutch message for each error code a form sends back to the page; an unknown code shows none.
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("keuze", "Kies een uitruil."),
            Map.entry("controle", "De uitruil kan niet worden geregistreerd: met de cijfers van nu komt de gecorrigeerde taakstelling "
                    + "van een gemeente onder nul, of draagt een gemeente meer achterstand over dan zij heeft."),
            Map.entry("staat", "Over deze uitruil is al beslist, of niet alle gemeenten hebben hem bevestigd."),
            Map.entry("afgesloten", "Deze uitruil is voor een halfjaar waarvan de peildatum al voorbij is: registreren verandert de "
                    + "uitspraak op die peildatum. Bevestig dat uitdrukkelijk om hem toch te registreren."),
            Map.entry("toelichting", "De toelichting is te lang (hoogstens 500 tekens)."),
            Map.entry("weigering-reden", "Vul de reden van de weigering in (hoogstens 500 tekens)."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exchanges(ExchangePage page);
    }

    @Inject
    ExchangeAgreementService exchangeAgreements;
    @Inject
    Viewer viewer;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/uitruil")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "The exchange agreements (R2) with a municipality of the province, and the forms to register or refuse them")
    public Uni<TemplateInstance> exchanges(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                           @QueryParam("uitruil") String done, @QueryParam("fout") String error) {
        String message = "geregistreerd".equals(done) ? "De uitruil is geregistreerd: hij telt mee in de cijfers van de gemeenten."
                : "geweigerd".equals(done) ? "De registratie van de uitruil is geweigerd." : null;
        LocalDate today = viewer.today();
        return viewer.toProvince(code)
                .chain(() -> Province.<Province>findById(code))
                .flatMap(province -> Municipality.<Municipality>list("provinceCode", code).flatMap(towns -> exchangeAgreements.ofProvince(code)
                        .flatMap(agreements -> exchangeAgreements.breaches(agreements).map(breaches -> {
                            String name = province == null ? code : province.name;
                            Map<String, String> names = new HashMap<>();
                            towns.forEach(town -> names.put(town.code, town.name == null ? town.code : town.name));
                            boolean mayRegister = viewer.provinceStaff();
                            return new ExchangePage(code, name, ExchangePage.table(name, agreements, breaches, names),
                                    ExchangePage.noLongerHolding(agreements, breaches, names), mayRegister,
                                    mayRegister ? ExchangePage.registrable(agreements, names) : List.of(),
                                    ExchangeAgreementService.REASON_MAX, DutchFormat.date(today), message, said(ERRORS, error));
                        }))))
                .map(Templates::exchanges);
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/provincies/{code}/uitruil/registraties")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The registration form: registers an exchange agreement as POST /exchanges/{id}/register does",
            description = POSTED_FROM_A_PAGE + "Registered in the name of the signed-in caller; back to the page.")
    public Uni<Response> registerExchange(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                          @FormParam("uitruil") String chosen, @FormParam("afgesloten") String closedConfirmed,
                                          @FormParam("toelichting") String why) {
        if (why != null && why.strip().length() > ExchangeAgreementService.REASON_MAX) {
            return back(code).refused("toelichting");
        }
        ExchangeAgreement.ClosedHalfYearConfirmation confirmation = "bevestigd".equals(closedConfirmed)
                ? new ExchangeAgreement.ClosedHalfYearConfirmation(why == null || why.isBlank() ? null : why.strip()) : null;
        return decideOnExchange(code, chosen, "geregistreerd", id -> exchangeAgreements.register(id, confirmation));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/provincies/{code}/uitruil/weigeringen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The refusal form: refuses an exchange agreement as POST /exchanges/{id}/refuse does",
            description = POSTED_FROM_A_PAGE + "Refused in the name of the signed-in caller, with the reason; back to the page.")
    public Uni<Response> refuseExchange(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                        @FormParam("uitruil") String chosen, @FormParam("reden") String reason) {
        if (refusedReason(reason, ExchangeAgreementService.REASON_MAX)) {
            return back(code).refused("weigering-reden");
        }
        return decideOnExchange(code, chosen, "geweigerd", id -> exchangeAgreements.refuse(id, reason.strip()));
    }

    /** Registers or refuses the chosen agreement, and goes back to the page saying how it went. */
    private Uni<Response> decideOnExchange(String code, String chosen, String done, Function<UUID, Uni<?>> decide) {
        Back back = back(code);
        Optional<UUID> id = Dashboard.uuid(chosen);
        if (id.isEmpty()) {
            return back.refused("keuze");
        }
        return viewer.toProvince(code)
                .chain(() -> decide.apply(id.get()))
                .map(decided -> back.with("uitruil=" + done))
                .onFailure(InvalidInputException.class).recoverWithItem(e -> back.refusal(
                        ((InvalidInputException) e).invalidParams().stream().allMatch(p -> ExchangeAgreement.CONFIRM_CLOSED.equals(p.name()))
                        ? "afgesloten" : "controle"))
                .onFailure(ConflictException.class).recoverWithItem(e -> back.refusal("staat"));
    }

    private static Back back(String code) {
        return Back.to("/dashboard/provincies/" + code + "/uitruil?").at("registreren");
    }
}
