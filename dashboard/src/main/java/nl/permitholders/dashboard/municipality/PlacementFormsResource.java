package nl.permitholders.dashboard.municipality;

import static nl.permitholders.dashboard.FormFields.date;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.permitholders.dashboard.Back;
import nl.permitholders.dashboard.FormFields;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.PlacementClient;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.SupervisionClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The municipal officer's forms on their own page: an offer of a vacant unit to a waiting coupling, the decline of an
 * open offer, a placement (the household of a waiting coupling housed, on a date, with how many persons and in what
 * kind of housing) and a move on from temporary to follow-up housing. Each is recorded by placement-service's API in
 * the officer's own name and token ({@link PlacementClient}), so its rules and its events are the API's; a refusal
 * comes back to the page as a Dutch message and nothing is stored. A form's values are checked before anything is
 * sent, and so is the coupling of an offer or decline: one of the municipality's own waiting couplings as supervision
 * knows them (getWaitingCouplings). The page's figures follow once supervision has the event, as they do for a placement
 * recorded through the API. Only the municipality's own officers record for it (403 otherwise, as by URL).
 */
@Path("/dashboard")
public class PlacementFormsResource {

    private static final Logger LOG = Logger.getLogger(PlacementFormsResource.class);

    /** The Dutch message for each error code the forms send back to the detail page. */
    static final Map<String, String> ERRORS = withEveryForm(Map.ofEntries(
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
            Map.entry("aanbod-koppeling", "Kies een wachtende koppeling van uw gemeente zonder lopend aanbod."),
            Map.entry("aanbod-woning", "Kies een leegstaande woning van uw gemeente die de plaatsingsdienst kent."),
            Map.entry("aanbod-datum", "Vul de datum van het aanbod in: niet in de toekomst en niet vóór de koppeling."),
            Map.entry("aanbod-past-niet", "Deze woning kan niet aan deze koppeling worden aangeboden: het huishouden past er niet "
                    + "in (te weinig vrije plaatsen, of niet het soort huishouden of de toegankelijkheid die de woning vraagt), de "
                    + "woning ligt niet in uw gemeente of is niet meer beschikbaar, of de koppeling heeft al een aanbod. Er is "
                    + "niets vastgelegd."),
            Map.entry("aanbod-ongeldig", "Dit aanbod kan zo niet worden vastgelegd. Er is niets vastgelegd."),
            Map.entry("aanbod-niet-toegestaan", "Deze koppeling hoort niet bij uw gemeente, of wacht niet meer op huisvesting. "
                    + "Er is niets vastgelegd."),
            Map.entry("afwijzing-keuze", "Kies een lopend aanbod."),
            Map.entry("afwijzing-reden", "Kies de reden van de afwijzing."),
            Map.entry("afwijzing-datum", "Vul de datum van de afwijzing in: niet in de toekomst en niet vóór het aanbod."),
            Map.entry("afwijzing-toelichting", "De toelichting is hoogstens 500 tekens, zonder persoonsgegevens. Er is niets "
                    + "vastgelegd."),
            Map.entry("afwijzing-staat", "Dit aanbod is niet meer open: het is al aanvaard, afgewezen of ingetrokken. Er is niets "
                    + "vastgelegd."),
            Map.entry("afwijzing-ongeldig", "Deze afwijzing kan zo niet worden vastgelegd. Er is niets vastgelegd."),
            Map.entry("afwijzing-niet-toegestaan", "Dit aanbod hoort niet bij een koppeling van uw gemeente. Er is niets vastgelegd.")));

    /** Each form's messages for what placement-service answered them all alike: a sign-in it refuses, or no answer. */
    private static Map<String, String> withEveryForm(Map<String, String> own) {
        Map<String, String> all = new HashMap<>(own);
        for (String form : List.of("plaatsing", "aanbod", "afwijzing")) {
            all.put(form + "-aanmelding", "De plaatsingsdienst erkent uw aanmelding niet; er is niets vastgelegd. Meld u opnieuw "
                    + "aan, of leg het vast via de API.");
            all.put(form + "-onbereikbaar", "De plaatsingsdienst is nu niet bereikbaar; er is niets vastgelegd. Probeer het over "
                    + "enkele minuten opnieuw.");
        }
        return Map.copyOf(all);
    }

    /**
     * A form as its answers go back to the page: the prefix of its error codes, what the page says when it is recorded,
     * the fields placement-service names in a refusal (400) as the form's error codes, what a conflict (409) means, and
     * the part of the page the browser returns to.
     */
    private record Form(String prefix, String done, Map<String, String> fields, String conflict, String anchor) {

        /** Back to the municipality's page, at this form. */
        Back back(String code) {
            return Back.to("/dashboard/gemeenten/" + code + "?").at(anchor);
        }

        /** The page's error code for what this form was refused on. */
        String error(String refused) {
            return prefix + "-" + refused;
        }
    }

    private static final Form PLACEMENT = new Form("plaatsing", "plaatsing=vastgelegd",
            Map.of("persons", "personen", "housedOn", "datum"), "te-veel", "vastleggen");
    private static final Form MOVE = new Form("plaatsing", "plaatsing=verhuisd", Map.of("movedOn", "verhuisdatum"), "staat", "vastleggen");
    private static final Form OFFER = new Form("aanbod", "aanbod=gedaan", Map.of("unitId", "woning", "offeredOn", "datum"),
            "past-niet", "aanbieden");
    private static final Form DECLINE = new Form("afwijzing", "aanbod=afgewezen",
            Map.of("declinedOn", "datum", "reason", "reden", "explanation", "toelichting"), "staat", "aanbieden");
    /** The longest explanation of a decline placement-service keeps (its audit trail). */
    static final int EXPLANATION_MAX = 500;

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

    @Inject
    @RestClient
    PlacementClient placements;
    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    Viewer viewer;

    @RolesAllowed(Viewer.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/plaatsingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> place(@PathParam("code") @Pattern(regexp = MunicipalityPageResource.MUNICIPALITY) String code,
                               @FormParam("koppeling") String couplingText, @FormParam("gehuisvest-op") String housedOnText,
                               @FormParam("personen") String personsText, @FormParam("woning") String housingText) {
        Back back = PLACEMENT.back(code);
        Optional<UUID> coupling = FormFields.uuid(couplingText);
        Optional<LocalDate> housedOn = date(housedOnText);
        Optional<Integer> persons = FormFields.wholeNumber(personsText, 1, 30);
        String refused = coupling.isEmpty() ? "koppeling" : housedOn.isEmpty() ? "datum" : persons.isEmpty() ? "personen"
                : housingText == null || !HOUSING.containsKey(housingText) ? "woning" : null;
        if (refused != null) {
            return back.refused(PLACEMENT.error(refused));
        }
        return sent(ownMunicipalityOnly(code).chain(() -> placements.place(coupling.get(), viewer.bearer(),
                Map.of("persons", persons.get(), "housedOn", housedOn.get().toString(), "unitType", housingText))), back, PLACEMENT);
    }

    @RolesAllowed(Viewer.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/vervolghuisvesting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> moveOn(@PathParam("code") @Pattern(regexp = MunicipalityPageResource.MUNICIPALITY) String code,
                                @FormParam("plaatsing") String chosen, @FormParam("verhuisd-op") String movedOnText) {
        Back back = MOVE.back(code);
        Optional<UUID[]> ids = couplingAnd(chosen);
        Optional<UUID> coupling = ids.map(both -> both[0]);
        Optional<UUID> placement = ids.map(both -> both[1]);
        Optional<LocalDate> movedOn = date(movedOnText);
        String refused = coupling.isEmpty() || placement.isEmpty() ? "keuze" : movedOn.isEmpty() ? "verhuisdatum" : null;
        if (refused != null) {
            return back.refused(MOVE.error(refused));
        }
        return sent(ownMunicipalityOnly(code).chain(() -> placements.moveOn(coupling.get(), placement.get(), viewer.bearer(),
                        Map.of("movedOn", movedOn.get().toString()))), back, MOVE);
    }

    @RolesAllowed(Viewer.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/aanbiedingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> offer(@PathParam("code") @Pattern(regexp = MunicipalityPageResource.MUNICIPALITY) String code,
                               @FormParam("koppeling") String couplingText, @FormParam("woning") String unitText,
                               @FormParam("aangeboden-op") String offeredOnText) {
        Back back = OFFER.back(code);
        Optional<UUID> coupling = FormFields.uuid(couplingText);
        Optional<UUID> unit = FormFields.uuid(unitText);
        Optional<LocalDate> offeredOn = date(offeredOnText).filter(this::notInTheFuture);
        String refused = coupling.isEmpty() ? "koppeling" : unit.isEmpty() ? "woning" : offeredOn.isEmpty() ? "datum" : null;
        if (refused != null) {
            return back.refused(OFFER.error(refused));
        }
        return ownCoupling(code, coupling.get(), back, OFFER, () -> placements.offer(coupling.get(), viewer.bearer(),
                Map.of("unitId", unit.get().toString(), "offeredOn", offeredOn.get().toString())));
    }

    @RolesAllowed(Viewer.MUNICIPALITY)
    @POST
    @Path("/gemeenten/{code}/afwijzingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decline(@PathParam("code") @Pattern(regexp = MunicipalityPageResource.MUNICIPALITY) String code,
                                 @FormParam("aanbod") String chosen, @FormParam("reden") String reason,
                                 @FormParam("afgewezen-op") String declinedOnText, @FormParam("toelichting") String explanationText) {
        Back back = DECLINE.back(code);
        Optional<UUID[]> ids = couplingAnd(chosen);
        Optional<UUID> coupling = ids.map(both -> both[0]);
        Optional<UUID> offer = ids.map(both -> both[1]);
        Optional<LocalDate> declinedOn = date(declinedOnText).filter(this::notInTheFuture);
        String explanation = explanationText == null || explanationText.isBlank() ? null : explanationText.strip();
        String refused = coupling.isEmpty() || offer.isEmpty() ? "keuze" : reason == null || !HousingPanel.DECLINE_REASONS.containsKey(reason)
                ? "reden" : declinedOn.isEmpty() ? "datum"
                : explanation != null && FormFields.refusedReason(explanation, EXPLANATION_MAX) ? "toelichting" : null;
        if (refused != null) {
            return back.refused(DECLINE.error(refused));
        }
        Map<String, Object> declination = new LinkedHashMap<>(Map.of("reason", reason, "declinedOn", declinedOn.get().toString()));
        if (explanation != null) {
            declination.put("explanation", explanation);
        }
        return ownCoupling(code, coupling.get(), back, DECLINE,
                () -> placements.decline(coupling.get(), offer.get(), viewer.bearer(), declination));
    }

    /**
     * The coupling and the placement or offer a form's choice names as "coupling/other", the API's address of it; none
     * unless both are uuids.
     */
    private static Optional<UUID[]> couplingAnd(String chosen) {
        String[] ids = chosen == null ? new String[0] : chosen.split("/", -1);
        if (ids.length != 2) {
            return Optional.empty();
        }
        Optional<UUID> coupling = FormFields.uuid(ids[0]);
        Optional<UUID> other = FormFields.uuid(ids[1]);
        return coupling.isPresent() && other.isPresent() ? Optional.of(new UUID[] {coupling.get(), other.get()}) : Optional.empty();
    }

    /** Passes only for the municipality's own officers: they alone record for it (403 otherwise, as by URL). */
    private Uni<Void> ownMunicipalityOnly(String code) {
        return viewer.isOwnMunicipality(code) ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new ForbiddenException("Only municipality " + code + "'s own officers record for it."));
    }

    private boolean notInTheFuture(LocalDate day) {
        return !day.isAfter(viewer.today());
    }

    /**
     * Sends {@code write} only when the coupling is one of the municipality's own waiting couplings as supervision knows
     * them; anything else (another municipality's, one housed or cancelled, one not known) is refused without asking
     * placement-service, which checks the same again.
     */
    private Uni<Response> ownCoupling(String code, UUID coupling, Back back, Form form, Supplier<Uni<Response>> write) {
        return ownMunicipalityOnly(code).chain(() -> supervision.waitingCouplings(code, viewer.bearer()))
                .map(waiting -> waiting.stream().anyMatch(w -> coupling.toString().equals(w.couplingId())))
                .chain(own -> own ? sent(write.get(), back, form) : back.refused(form.error("niet-toegestaan")));
    }

    /** What placement-service answered, as where the browser goes next; its failures as the form's Dutch refusal. */
    private Uni<Response> sent(Uni<Response> answer, Back back, Form form) {
        return answer.map(a -> answered(a.getStatus(), "", back, form))
                .onFailure(WebApplicationException.class)
                .recoverWithItem(e -> answered(Refusal.statusOf(e), Refusal.fieldOf(e), back, form))
                .onFailure(e -> !(e instanceof ForbiddenException || e instanceof WebApplicationException))
                .recoverWithItem(e -> unreachable(e, back, form));
    }

    /** Back to the page with the form's {@code done}, or with the refusal placement-service gave, in Dutch. */
    private static Response answered(int status, String invalidField, Back back, Form form) {
        if (status / 100 == 2) {
            return back.with(form.done());
        }
        String code = switch (status) {
            case 400 -> form.fields().getOrDefault(invalidField, "ongeldig");
            case 401 -> "aanmelding";
            case 403, 404 -> "niet-toegestaan";
            case 409 -> form.conflict();
            default -> "onbereikbaar";
        };
        if (status >= 500 || status == 401) {
            // 401: placement-service does not trust the sign-in's token: its issuer is configured otherwise (docs/security.md).
            LOG.warnf("placement-service answered a page's form with %d", status);
        }
        return back.refusal(form.error(code));
    }

    private static Response unreachable(Throwable e, Back back, Form form) {
        LOG.warnf("placement-service could not be reached for a page's form: %s", e.toString());
        return back.refusal(form.error("onbereikbaar"));
    }
}
