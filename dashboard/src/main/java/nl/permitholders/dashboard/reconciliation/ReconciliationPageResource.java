package nl.permitholders.dashboard.reconciliation;

import static nl.permitholders.dashboard.FormFields.date;
import static nl.permitholders.dashboard.FormFields.refusedReason;
import static nl.permitholders.dashboard.FormFields.said;
import static nl.permitholders.dashboard.Pages.XLSX;
import static nl.permitholders.dashboard.Pages.download;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.dashboard.Back;
import nl.permitholders.dashboard.Pages;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.QuotaClient;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.Register;
import nl.permitholders.dashboard.api.SupervisionClient;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.TableExport;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * COA's positions beside the system's figures for a province (supervision's getCoaReconciliation), its .xlsx, the form
 * to read in COA's file (importCoaPositions) and the form to adopt COA's end position or its revision
 * (adoptCoaPosition), each in the signed-in person's name.
 */
@Path("/dashboard")
@Authenticated
public class ReconciliationPageResource {

    // The Dutch message for each error code the form sends back to the page; an unknown code shows none.
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("overname", "Kies een stand van het COA aan het eind van een halfjaar waarvan de peildatum voorbij is, of een "
                    + "herziening van wat het COA in een halfjaar meenam."),
            Map.entry("overname-reden", "Vul de reden in waarom de provincie de stand van het COA overneemt (hoogstens 500 tekens)."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reconciliation(ReconciliationPage page);
    }

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    @RestClient
    QuotaClient register;
    @Inject
    Viewer viewer;
    @Inject
    ObjectMapper json;

    @GET
    @Path("/provincies/{code}/afstemming-coa")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> reconciliation(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code,
                                                @QueryParam("overname") String adopted, @QueryParam("ingelezen") String imported,
                                                @QueryParam("fout") String error) {
        String message = "vastgelegd".equals(adopted) ? "De stand van het COA is overgenomen."
                : imported != null && imported.matches("\\d{1,5}") ? "Het bestand van het COA is ingelezen: " + imported + " regels." : null;
        return page(code, message, said(ERRORS, error), List.of()).map(Templates::reconciliation);
    }

    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/provincies/{code}/afstemming-coa/bestanden")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> importCoaFile(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code,
                                       @RestForm("bestand") FileUpload file, @RestForm("stand") String convention) {
        return CoaFileUpload.stored(file, convention,
                upload -> supervision.importCoaPositions(upload.name(), upload.convention(), upload.contentType(), viewer.bearer(),
                                upload.bytes())
                        .map(stored -> back(code).at("inlezen").with("ingelezen=" + lines(stored))),
                refusals -> page(code, null, CoaFileUpload.NOTHING_STORED, refusals)
                        .map(page -> Pages.refusedPage(Templates.reconciliation(page))));
    }

    @GET
    @Path("/provincies/{code}/afstemming-coa.xlsx")
    @Produces(XLSX)
    public Uni<Response> reconciliationXlsx(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code) {
        return page(code, null, null, List.of()).map(page -> download(TableExport.xlsx(List.of(page.table())), XLSX,
                "afstemming-coa-" + code + ".xlsx"));
    }

    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/provincies/{code}/afstemming-coa/overnames")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> adoptCoaPosition(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code,
                                          @FormParam("overname") String chosen, @FormParam("reden") String reason) {
        Back back = back(code).at("overnemen");
        String[] parts = chosen == null ? new String[0] : chosen.split("/", -1);
        boolean carriedIn = parts.length == 3 && ReconciliationPage.CARRIED_IN.equals(parts[2]);
        Optional<LocalDate> deadline = (parts.length == 2 || carriedIn) && parts[0].matches("GM\\d{4}") ? date(parts[1]) : Optional.empty();
        if (deadline.isEmpty()) {
            return back.refused("overname");
        }
        if (refusedReason(reason, ReconciliationPage.REASON_MAX)) {
            return back.refused("overname-reden");
        }
        return supervision.adoptCoaPosition(parts[0], viewer.bearer(), Map.of("deadline", deadline.get().toString(),
                        "reason", reason.strip(), "figure", carriedIn ? "CARRIED_IN" : "END_POSITION"))
                .map(adoption -> back.with("overname=vastgelegd"))
                .onFailure(e -> Refusal.statusOf(e) == 400).recoverWithItem(e -> back.refusal("overname"));
    }

    /** The number of lines an import kept, as supervision answered it. */
    private int lines(Response created) {
        try {
            return json.readTree(created.readEntity(String.class)).path("lines").asInt();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("supervision's import answered no import", e);
        }
    }

    private static Back back(String code) {
        return Back.to("/dashboard/provincies/" + code + "/afstemming-coa?");
    }

    private Uni<ReconciliationPage> page(String code, String message, String error, List<String> refusals) {
        LocalDate today = viewer.today();
        String bearer = viewer.bearer();
        Uni<Register.Province> province = register.province(code, bearer)
                .onFailure(e -> Refusal.statusOf(e) == 404).recoverWithItem(new Register.Province(code, null));
        return Uni.combine().all().unis(supervision.coaReconciliation(code, bearer), province).with((lines, known) ->
                new ReconciliationPage(code, known.displayName(), ReconciliationPage.table(known.displayName(), lines),
                        DutchFormat.date(today), viewer.provinceStaff(), ReconciliationPage.adoptable(lines, today),
                        ReconciliationPage.REASON_MAX, message, error, refusals));
    }
}
