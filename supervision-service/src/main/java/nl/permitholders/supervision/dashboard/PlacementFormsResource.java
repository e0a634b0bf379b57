package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.date;
import static nl.permitholders.supervision.dashboard.Dashboard.ownMunicipality;
import static nl.permitholders.supervision.dashboard.Dashboard.seeOther;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The municipal officer's forms on their own page: a placement (the household of a waiting coupling housed, on a date,
 * with how many persons and in what kind of housing) and a move on from temporary to follow-up housing. Each is
 * recorded by placement-service's API in the officer's own name and token ({@link PlacementApiClient}), so its rules
 * and its events are the API's; a refusal comes back to the page as a Dutch message and nothing is stored. The page's
 * figures follow once supervision has the event, as they do for a placement recorded through the API.
 */
@Path("/dashboard")
public class PlacementFormsResource {

    private static final Logger LOG = Logger.getLogger(PlacementFormsResource.class);

    /** The Dutch message for each error code the forms send back to the detail page. */
    static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("plaatsing-koppeling", "Kies een wachtende koppeling."),
            Map.entry("plaatsing-datum", "Vul de datum in waarop het huishouden is gehuisvest: niet in de toekomst en niet vóór de koppeling."),
            Map.entry("plaatsing-personen", "Vul het aantal gehuisveste personen in: 1 tot en met 30, en niet meer dan er nog te "
                    + "huisvesten zijn."),
            Map.entry("plaatsing-woning", "Kies de soort huisvesting."),
            Map.entry("plaatsing-keuze", "Kies een plaatsing in tijdelijke huisvesting."),
            Map.entry("plaatsing-verhuisdatum", "Vul de datum van de verhuizing naar vervolghuisvesting in: niet in de toekomst en "
                    + "niet vóór de huisvesting."),
            Map.entry("plaatsing-te-veel", "Zoveel personen kunnen niet worden geplaatst: de koppeling heeft niet zoveel personen "
                    + "meer te huisvesten, of is geannuleerd. Er is niets vastgelegd."),
            Map.entry("plaatsing-staat", "Dit kan niet (meer): de verhuizing naar vervolghuisvesting is al vastgelegd, of de "
                    + "plaatsing is niet in tijdelijke huisvesting. Er is niets vastgelegd."),
            Map.entry("plaatsing-ongeldig", "Dit kan zo niet worden vastgelegd. Er is niets vastgelegd."),
            Map.entry("plaatsing-niet-toegestaan", "Deze koppeling hoort niet bij uw gemeente. Er is niets vastgelegd."),
            Map.entry("plaatsing-aanmelding", "De plaatsingsdienst erkent uw aanmelding niet; er is niets vastgelegd. Meld u "
                    + "opnieuw aan, of leg het vast via de API."),
            Map.entry("plaatsing-onbereikbaar", "De plaatsingsdienst is nu niet bereikbaar; er is niets vastgelegd. Probeer het over "
                    + "enkele minuten opnieuw."));

    /** The fields placement-service names in a refusal (400), as the form's error codes. */
    private static final Map<String, String> PLACEMENT_FIELDS = Map.of("persons", "personen", "housedOn", "datum");
    private static final Map<String, String> MOVE_FIELDS = Map.of("movedOn", "verhuisdatum");
    /** What a conflict (409) means for each form: more persons than the coupling has left, or a move made already. */
    private static final String PLACEMENT_CONFLICT = "te-veel";
    private static final String MOVE_CONFLICT = "staat";

    /** The kinds of housing the form offers, as placement-service names them. */
    static final Map<String, String> HOUSING = new LinkedHashMap<>();

    static {
        HOUSING.put("REGULAR", "gewone woning");
        HOUSING.put("FLEX", "flexwoning");
        HOUSING.put("SHARED", "gedeelde woning (alleenstaanden)");
        HOUSING.put("ROOM", "kamer bij een particuliere verhuurder");
        HOUSING.put("LARGE_FAMILY", "woning voor een groot gezin");
        HOUSING.put("INTERMEDIATE", "tussenvoorziening (tijdelijk, vervolghuisvesting nodig)");
    }

    @RestClient
    PlacementApiClient placements;
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;
    @Inject
    ObjectMapper json;

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/plaatsingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The placement form: records a placement as POST /placements/v1/couplings/{couplingId}/placements does")
    public Uni<Response> place(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                               @FormParam("koppeling") String couplingText, @FormParam("gehuisvest-op") String housedOnText,
                               @FormParam("personen") String personsText, @FormParam("woning") String housingText) {
        String back = back(code);
        Optional<UUID> coupling = Dashboard.uuid(couplingText);
        Optional<LocalDate> housedOn = date(housedOnText);
        Optional<Integer> persons = Dashboard.wholeNumber(personsText, 1, 30);
        String refused = coupling.isEmpty() ? "koppeling" : housedOn.isEmpty() ? "datum" : persons.isEmpty() ? "personen"
                : housingText == null || !HOUSING.containsKey(housingText) ? "woning" : null;
        if (refused != null) {
            return Uni.createFrom().item(seeOther(back + "fout=plaatsing-" + refused + "#vastleggen"));
        }
        return ownOnly(code).chain(() -> placements.place(coupling.get(), bearer(), Map.of("persons", persons.get(),
                        "housedOn", housedOn.get().toString(), "unitType", housingText)))
                .map(answer -> answered(answer, back, "plaatsing=vastgelegd", PLACEMENT_FIELDS, PLACEMENT_CONFLICT))
                .onFailure(WebApplicationException.class).recoverWithItem(e -> answered(((WebApplicationException) e).getResponse(), back,
                        "plaatsing=vastgelegd", PLACEMENT_FIELDS, PLACEMENT_CONFLICT))
                .onFailure(e -> !(e instanceof ForbiddenException || e instanceof WebApplicationException))
                .recoverWithItem(e -> unreachable(e, back));
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/vervolghuisvesting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The follow-up housing form: records a move on as POST .../placements/{id}/follow-up-housing does")
    public Uni<Response> moveOn(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                @FormParam("plaatsing") String chosen, @FormParam("verhuisd-op") String movedOnText) {
        String back = back(code);
        // The form names a placement as "coupling/placement": the API's address of it.
        String[] ids = chosen == null ? new String[0] : chosen.split("/", -1);
        Optional<UUID> coupling = ids.length == 2 ? Dashboard.uuid(ids[0]) : Optional.empty();
        Optional<UUID> placement = ids.length == 2 ? Dashboard.uuid(ids[1]) : Optional.empty();
        Optional<LocalDate> movedOn = date(movedOnText);
        String refused = coupling.isEmpty() || placement.isEmpty() ? "keuze" : movedOn.isEmpty() ? "verhuisdatum" : null;
        if (refused != null) {
            return Uni.createFrom().item(seeOther(back + "fout=plaatsing-" + refused + "#vastleggen"));
        }
        return ownOnly(code).chain(() -> placements.moveOn(coupling.get(), placement.get(), bearer(),
                        Map.of("movedOn", movedOn.get().toString())))
                .map(answer -> answered(answer, back, "plaatsing=verhuisd", MOVE_FIELDS, MOVE_CONFLICT))
                .onFailure(WebApplicationException.class).recoverWithItem(e -> answered(((WebApplicationException) e).getResponse(), back,
                        "plaatsing=verhuisd", MOVE_FIELDS, MOVE_CONFLICT))
                .onFailure(e -> !(e instanceof ForbiddenException || e instanceof WebApplicationException))
                .recoverWithItem(e -> unreachable(e, back));
    }

    /** Only the municipality's own officers record for it: another's page is 403, also when posted to by URL. */
    private Uni<Void> ownOnly(String code) {
        return ownMunicipality(token).filter(code::equals).isPresent() ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new ForbiddenException("Your token does not allow you to act for municipality " + code + "."));
    }

    /**
     * The officer's own token for placement-service: the access token of the dashboard's sign-in, or the bearer token
     * the page was opened with.
     */
    private String bearer() {
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        return "Bearer " + (access != null ? access.getToken() : token.getRawToken());
    }

    /** Back to the page with {@code done}, or with the refusal placement-service gave, in Dutch. */
    private Response answered(Response answer, String back, String done, Map<String, String> fields, String conflict) {
        int status = answer.getStatus();
        if (status / 100 == 2) {
            return seeOther(back + done + "#vastleggen");
        }
        String code = switch (status) {
            case 400 -> fields.getOrDefault(invalidField(answer), "ongeldig");
            case 401 -> "aanmelding";
            case 403, 404 -> "niet-toegestaan";
            case 409 -> conflict;
            default -> "onbereikbaar";
        };
        if (status >= 500 || status == 401) {
            // 401: placement-service does not trust the dashboard's sign-in: its issuer is configured otherwise (docs/security.md).
            LOG.warnf("placement-service answered a dashboard form with %d", status);
        }
        return seeOther(back + "fout=plaatsing-" + code + "#vastleggen");
    }

    private String invalidField(Response answer) {
        try {
            JsonNode problem = json.readTree(answer.readEntity(String.class));
            return problem.path("invalidParams").path(0).path("name").asText("");
        } catch (RuntimeException | java.io.IOException e) {
            return "";
        }
    }

    private static Response unreachable(Throwable e, String back) {
        LOG.warnf("placement-service could not be reached for a dashboard form: %s", e.toString());
        return seeOther(back + "fout=plaatsing-onbereikbaar#vastleggen");
    }

    private static String back(String code) {
        return "/dashboard/gemeenten/" + code + "?";
    }
}
