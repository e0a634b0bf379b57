package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.POSTED_FROM_A_PAGE;
import static nl.permitholders.supervision.dashboard.Dashboard.date;
import static nl.permitholders.supervision.dashboard.Dashboard.refusedPage;
import static nl.permitholders.supervision.dashboard.Dashboard.refusedReason;
import static nl.permitholders.supervision.dashboard.Dashboard.said;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.coaposition.CoaAdoptionService;
import nl.permitholders.supervision.coaposition.CoaPositionImportQueries;
import nl.permitholders.supervision.coaposition.CoaPositionImportService;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.reference.Province;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import nl.permitholders.display.DutchFormat;

/** The Rijk reads in COA's file of the whole country and adopts COA's figures at a deadline for all, from forms. */
@Path("/dashboard/nederland/afstemming-coa")
@RolesAllowed(Roles.RIJK)
public class NationalReconciliationPageResource {

    private static final Back PAGE = Back.to("/dashboard/nederland/afstemming-coa?");

    // The Dutch message for each error code the forms send back to the page; an unknown code shows none.
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("overname", "Er is geen stand van het COA om over te nemen bij die keuze: kies een peildatum die voorbij is, "
                    + "en lees eerst het bestand van het COA van die peildatum (of, voor een herziening, van het halfjaar erna) in."),
            Map.entry("overname-reden", "Vul de reden in waarom het Rijk de standen van het COA overneemt (hoogstens "
                    + CoaAdoptionService.REASON_MAX + " tekens)."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance nationalReconciliation(NationalReconciliationPage page);
    }

    @Inject
    CoaAdoptionService adoptions;
    @Inject
    CoaPositionImportService imports;
    @Inject
    Viewer viewer;

    @GET
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "The Rijk's page for COA's file of the country and the national adoption")
    public Uni<TemplateInstance> page(@QueryParam("ingelezen") String lines, @QueryParam("provincies") String provinces,
                                      @QueryParam("overgenomen") String adopted, @QueryParam("fout") String error) {
        String message = adopted != null && adopted.matches("\\d{1,5}")
                ? "De standen van het COA zijn overgenomen voor " + adopted + " gemeenten."
                : lines != null && lines.matches("\\d{1,6}") && provinces != null && provinces.matches("\\d{1,2}")
                ? "Het bestand van het COA is ingelezen: " + lines + " regels, voor " + provinces + " provincies." : null;
        return page(message, said(ERRORS, error), List.of()).map(Templates::nationalReconciliation);
    }

    @POST
    @Path("/bestanden")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(hidden = true, summary = "The upload form: imports COA's file of the country as POST /national/coa-position-imports does",
            description = POSTED_FROM_A_PAGE + "All or nothing: a refused file stores nothing and the "
                    + "page shows every refused line in Dutch (status 400).")
    public Uni<Response> importCoaFile(@RestForm("bestand") FileUpload file, @RestForm("stand") String convention) {
        return CoaFileUpload.stored(file, convention,
                upload -> imports.storeNational(upload.name(), upload.read(), upload.convention())
                        .map(stored -> PAGE.at("inlezen").with("ingelezen=" + stored.stream().mapToInt(CoaPositionImportQueries.Import::lines).sum()
                                + "&provincies=" + stored.size())),
                refusals -> page(null, CoaFileUpload.NOTHING_STORED, refusals).map(page -> refusedPage(Templates.nationalReconciliation(page))));
    }

    @POST
    @Path("/overnames")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The adoption form: adopts as POST /national/coa-position-adoptions does",
            description = POSTED_FROM_A_PAGE + "The adopter is the signed-in caller.")
    public Uni<Response> adopt(@FormParam("overname") String chosen, @FormParam("reden") String reason) {
        String[] parts = chosen == null ? new String[0] : chosen.split("/", -1);
        boolean carriedIn = parts.length == 2 && NationalReconciliationPage.CARRIED_IN.equals(parts[1]);
        Optional<LocalDate> deadline = parts.length == 1 || carriedIn ? date(parts[0]) : Optional.empty();
        Back back = PAGE.at("overnemen");
        if (deadline.isEmpty()) {
            return back.refused("overname");
        }
        if (refusedReason(reason, CoaAdoptionService.REASON_MAX)) {
            return back.refused("overname-reden");
        }
        try {
            return adoptions.adoptNationally(deadline.get(), carriedIn ? AdoptedFigure.CARRIED_IN : AdoptedFigure.END_POSITION, reason.strip())
                    .map(adopted -> back.with("overgenomen=" + adopted.size()))
                    .onFailure(InvalidInputException.class).recoverWithItem(e -> back.refusal("overname"));
        } catch (InvalidInputException e) {
            return back.refused("overname");
        }
    }

    private Uni<NationalReconciliationPage> page(String message, String error, List<String> refusals) {
        LocalDate today = viewer.today();
        return Province.<Province>listAll().map(all -> new NationalReconciliationPage(DutchFormat.date(today),
                NationalReconciliationPage.adoptable(today), CoaAdoptionService.REASON_MAX,
                all.stream().sorted(java.util.Comparator.comparing((Province p) -> p.code))
                        .map(p -> new DetailPage.Choice(p.code, p.name == null ? p.code : p.name)).toList(),
                message, error, refusals));
    }
}
