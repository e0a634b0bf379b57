package nl.permitholders.dashboard.exchange;

import static nl.permitholders.dashboard.FormFields.refusedReason;
import static nl.permitholders.dashboard.FormFields.said;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.dashboard.Back;
import nl.permitholders.dashboard.FormFields;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.QuotaClient;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.Register;
import nl.permitholders.dashboard.api.ServicePage;
import nl.permitholders.dashboard.api.SupervisionClient;
import nl.permitholders.display.DutchFormat;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A province's exchange agreements (R2: supervision's listProvinceExchanges), the names of its municipalities from
 * quota-service's register, and the forms to register or refuse one (registerExchange, refuseExchange) in the signed-in
 * person's name.
 */
@Path("/dashboard")
@Authenticated
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

    /** The field supervision names when a registration for a closed half-year lacks its confirmation. */
    static final String CONFIRM_CLOSED = "confirmClosedHalfYear";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exchanges(ExchangePage page);
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
    @Path("/provincies/{code}/uitruil")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> exchanges(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code,
                                           @QueryParam("uitruil") String done, @QueryParam("fout") String error) {
        String message = "geregistreerd".equals(done) ? "De uitruil is geregistreerd: hij telt mee in de cijfers van de gemeenten."
                : "geweigerd".equals(done) ? "De registratie van de uitruil is geweigerd." : null;
        String bearer = viewer.bearer();
        Uni<Register.Province> province = register.province(code, bearer)
                .onFailure(e -> Refusal.statusOf(e) == 404).recoverWithItem(new Register.Province(code, null));
        return Uni.combine().all().unis(supervision.provinceExchanges(code, bearer), province, register.municipalitiesOf(code, bearer))
                .with((agreements, known, towns) -> {
                    String name = known.displayName();
                    Map<String, String> names = names(towns);
                    boolean mayRegister = viewer.provinceStaff();
                    return Templates.exchanges(new ExchangePage(code, name, ExchangePage.table(name, agreements, names),
                            ExchangePage.noLongerHolding(agreements, names), mayRegister,
                            mayRegister ? ExchangePage.registrable(agreements, names) : List.of(),
                            ExchangePage.REASON_MAX, DutchFormat.date(viewer.today()), message, said(ERRORS, error)));
                });
    }

    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/provincies/{code}/uitruil/registraties")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> registerExchange(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code,
                                          @FormParam("uitruil") String chosen, @FormParam("afgesloten") String closedConfirmed,
                                          @FormParam("toelichting") String why) {
        if (why != null && why.strip().length() > ExchangePage.REASON_MAX) {
            return back(code).refused("toelichting");
        }
        Map<String, Object> registration = new LinkedHashMap<>();
        if ("bevestigd".equals(closedConfirmed)) {
            registration.put(CONFIRM_CLOSED, true);
            if (why != null && !why.isBlank()) {
                registration.put("reason", why.strip());
            }
        }
        return decideOnExchange(code, chosen, "geregistreerd", "register", registration);
    }

    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/provincies/{code}/uitruil/weigeringen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> refuseExchange(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code,
                                        @FormParam("uitruil") String chosen, @FormParam("reden") String reason) {
        if (refusedReason(reason, ExchangePage.REASON_MAX)) {
            return back(code).refused("weigering-reden");
        }
        return decideOnExchange(code, chosen, "geweigerd", "refuse", Map.of("reason", reason.strip()));
    }

    /** Registers or refuses the chosen agreement, and goes back to the page saying how it went. */
    private Uni<Response> decideOnExchange(String code, String chosen, String done, String step, Map<String, Object> body) {
        Back back = back(code);
        Optional<UUID> id = FormFields.uuid(chosen);
        if (id.isEmpty()) {
            return back.refused("keuze");
        }
        return supervision.exchangeStep(id.get().toString(), step, viewer.bearer(), body)
                .map(decided -> back.with("uitruil=" + done))
                .onFailure(e -> Refusal.statusOf(e) == 400).recoverWithItem(e -> back.refusal(e instanceof Refusal refusal
                        && refusal.invalidParams().stream().allMatch(p -> CONFIRM_CLOSED.equals(p.name())) ? "afgesloten" : "controle"))
                .onFailure(e -> Refusal.statusOf(e) == 409).recoverWithItem(e -> back.refusal("staat"));
    }

    /** The names of the municipalities of a province, by code, as the register has them. */
    static Map<String, String> names(ServicePage<Register.Municipality> towns) {
        Map<String, String> names = new HashMap<>();
        towns.items().forEach(town -> names.put(town.code(), town.displayName()));
        return names;
    }

    private static Back back(String code) {
        return Back.to("/dashboard/provincies/" + code + "/uitruil?").at("registreren");
    }
}
