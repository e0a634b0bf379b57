package nl.permitholders.dashboard.reconciliation;

import static nl.permitholders.dashboard.FormFields.date;
import static nl.permitholders.dashboard.FormFields.refusedReason;
import static nl.permitholders.dashboard.FormFields.said;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import nl.permitholders.dashboard.Back;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Pages;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.NationalFigures;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.SupervisionClient;
import nl.permitholders.display.DutchFormat;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The Rijk reads in COA's file of the whole country (supervision's importNationalCoaPositions) and adopts COA's figures
 * at a deadline for all (adoptNationalCoaPositions), from forms; the provinces it lists are those of the country's
 * figures (getNationalFigures).
 */
@Path("/dashboard")
@RolesAllowed(Viewer.RIJK)
public class NationalReconciliationPageResource {

    private static final Back PAGE = Back.to("/dashboard/nederland/afstemming-coa?");

    // The Dutch message for each error code the forms send back to the page; an unknown code shows none.
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("overname", "Er is geen stand van het COA om over te nemen bij die keuze: kies een peildatum die voorbij is, "
                    + "en lees eerst het bestand van het COA van die peildatum (of, voor een herziening, van het halfjaar erna) in."),
            Map.entry("overname-reden", "Vul de reden in waarom het Rijk de standen van het COA overneemt (hoogstens "
                    + ReconciliationPage.REASON_MAX + " tekens)."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance nationalReconciliation(NationalReconciliationPage page);
    }

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    Viewer viewer;
    @Inject
    ObjectMapper json;

    @GET
    @Path("/nederland/afstemming-coa")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> page(@QueryParam("ingelezen") String lines, @QueryParam("provincies") String provinces,
                                      @QueryParam("overgenomen") String adopted, @QueryParam("fout") String error) {
        String message = adopted != null && adopted.matches("\\d{1,5}")
                ? "De standen van het COA zijn overgenomen voor " + adopted + " gemeenten."
                : lines != null && lines.matches("\\d{1,6}") && provinces != null && provinces.matches("\\d{1,2}")
                ? "Het bestand van het COA is ingelezen: " + lines + " regels, voor " + provinces + " provincies." : null;
        return page(message, said(ERRORS, error), List.of()).map(Templates::nationalReconciliation);
    }

    @POST
    @Path("/nederland/afstemming-coa/bestanden")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> importCoaFile(@RestForm("bestand") FileUpload file, @RestForm("stand") String convention) {
        return CoaFileUpload.stored(file, convention,
                upload -> supervision.importNationalCoaPositions(upload.name(), upload.convention(), upload.contentType(),
                                viewer.bearer(), upload.bytes())
                        .map(stored -> {
                            List<Integer> imports = linesPerImport(stored);
                            return PAGE.at("inlezen").with("ingelezen=" + imports.stream().mapToInt(Integer::intValue).sum()
                                    + "&provincies=" + imports.size());
                        }),
                refusals -> page(null, CoaFileUpload.NOTHING_STORED, refusals).map(page -> Pages.refusedPage(Templates.nationalReconciliation(page))));
    }

    @POST
    @Path("/nederland/afstemming-coa/overnames")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> adopt(@FormParam("overname") String chosen, @FormParam("reden") String reason) {
        String[] parts = chosen == null ? new String[0] : chosen.split("/", -1);
        boolean carriedIn = parts.length == 2 && ReconciliationPage.CARRIED_IN.equals(parts[1]);
        Optional<LocalDate> deadline = parts.length == 1 || carriedIn ? date(parts[0]) : Optional.empty();
        Back back = PAGE.at("overnemen");
        if (deadline.isEmpty()) {
            return back.refused("overname");
        }
        if (refusedReason(reason, ReconciliationPage.REASON_MAX)) {
            return back.refused("overname-reden");
        }
        return supervision.adoptNationalCoaPositions(viewer.bearer(), Map.of("deadline", deadline.get().toString(), "reason", reason.strip(),
                        "figure", carriedIn ? "CARRIED_IN" : "END_POSITION"))
                .map(adopted -> back.with("overgenomen=" + count(adopted)))
                .onFailure(e -> Refusal.statusOf(e) == 400).recoverWithItem(e -> back.refusal("overname"));
    }

    /** The lines of each import supervision stored, one per province, as it answered them. */
    private List<Integer> linesPerImport(Response created) {
        try {
            return StreamSupport.stream(json.readTree(created.readEntity(String.class)).spliterator(), false)
                    .map(each -> each.path("lines").asInt()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("supervision's national import answered no imports", e);
        }
    }

    /** How many adoptions supervision recorded: one per municipality. */
    private int count(Response created) {
        try {
            return json.readTree(created.readEntity(String.class)).size();
        } catch (IOException e) {
            throw new IllegalStateException("supervision's national adoption answered no adoptions", e);
        }
    }

    private Uni<NationalReconciliationPage> page(String message, String error, List<String> refusals) {
        LocalDate today = viewer.today();
        return supervision.nationalFigures(HalfYear.containing(today).toString(), viewer.bearer())
                .map(country -> new NationalReconciliationPage(DutchFormat.date(today), NationalReconciliationPage.adoptable(today),
                        ReconciliationPage.REASON_MAX, country.provinces().stream()
                        .sorted(Comparator.comparing(NationalFigures.Province::provinceCode))
                        .map(p -> new Choice(p.provinceCode(), p.displayName())).toList(), message, error, refusals));
    }
}
