package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.POSTED_FROM_A_PAGE;
import static nl.permitholders.supervision.dashboard.Dashboard.XLSX;
import static nl.permitholders.supervision.dashboard.Dashboard.date;
import static nl.permitholders.supervision.dashboard.Dashboard.download;
import static nl.permitholders.supervision.dashboard.Dashboard.refusedPage;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.coaposition.CoaAdoptionService;
import nl.permitholders.supervision.coaposition.CoaPositionImportService;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.coaposition.CoaReconciliationQueries;
import nl.permitholders.supervision.reference.Province;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import nl.permitholders.display.TableExport;
import nl.permitholders.display.DutchFormat;

/**
 * The dashboard's page of COA's positions beside the system's figures for a province, its .xlsx, the form to read in
 * COA's file and the form to adopt COA's end position or its revision.
 */
@Path("/dashboard")
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
    CoaReconciliationQueries reconciliations;
    @Inject
    CoaAdoptionService adoptions;
    @Inject
    CoaPositionImportService imports;
    @Inject
    Viewer viewer;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/afstemming-coa")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "COA's positions beside the system's figures, per municipality and reference date")
    public Uni<TemplateInstance> reconciliation(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                                @QueryParam("overname") String adopted, @QueryParam("ingelezen") String imported,
                                                @QueryParam("fout") String error) {
        String message = "vastgelegd".equals(adopted) ? "De stand van het COA is overgenomen."
                : imported != null && imported.matches("\\d{1,5}") ? "Het bestand van het COA is ingelezen: " + imported + " regels." : null;
        return reconciliationPage(code, message, said(ERRORS, error), List.of()).map(Templates::reconciliation);
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/provincies/{code}/afstemming-coa/bestanden")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(hidden = true, summary = "The upload form: imports COA's file as POST /coa-position-imports does",
            description = POSTED_FROM_A_PAGE + "The file as CSV or .xlsx (by its name), the Stand "
                    + "convention chosen on the form. All or nothing: a refused file stores nothing and the page shows every "
                    + "refused line in Dutch (status 400); an imported one leads back to the page with the number of lines.")
    public Uni<Response> importCoaFile(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                       @RestForm("bestand") FileUpload file, @RestForm("stand") String convention) {
        return viewer.toProvince(code).chain(() -> CoaFileUpload.stored(file, convention,
                upload -> imports.store(code, upload.name(), upload.read(), upload.convention())
                        .map(stored -> page(code).at("inlezen").with("ingelezen=" + stored.lines())),
                refusals -> reconciliationPage(code, null, CoaFileUpload.NOTHING_STORED, refusals)
                        .map(page -> refusedPage(Templates.reconciliation(page)))));
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/afstemming-coa.xlsx")
    @WithSession
    @Produces(XLSX)
    @Operation(hidden = true, summary = "The reconciliation with COA's positions as an Excel workbook: the same rows as the page")
    public Uni<Response> reconciliationXlsx(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code) {
        return reconciliationPage(code, null, null, List.of()).map(page -> download(TableExport.xlsx(List.of(page.table())), XLSX,
                "afstemming-coa-" + code + ".xlsx"));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/provincies/{code}/afstemming-coa/overnames")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The adoption form: adopts COA's position as POST /municipalities/{code}/coa-position-adoptions does",
            description = POSTED_FROM_A_PAGE + "The adopter is the signed-in caller; back to the reconciliation page.")
    public Uni<Response> adoptCoaPosition(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                          @FormParam("overname") String chosen, @FormParam("reden") String reason) {
        Back back = page(code).at("overnemen");
        String[] parts = chosen == null ? new String[0] : chosen.split("/", -1);
        boolean carriedIn = parts.length == 3 && ReconciliationPage.CARRIED_IN.equals(parts[2]);
        Optional<LocalDate> deadline = (parts.length == 2 || carriedIn) && parts[0].matches(Codes.MUNICIPALITY) ? date(parts[1])
                : Optional.empty();
        if (deadline.isEmpty()) {
            return back.refused("overname");
        }
        if (refusedReason(reason, CoaAdoptionService.REASON_MAX)) {
            return back.refused("overname-reden");
        }
        return viewer.toProvince(code).chain(() -> viewer.toMunicipality(parts[0]))
                .chain(() -> adoptions.adopt(parts[0], deadline.get(), carriedIn ? AdoptedFigure.CARRIED_IN : AdoptedFigure.END_POSITION,
                        reason.strip()))
                .map(adoption -> back.with("overname=vastgelegd"))
                .onFailure(InvalidInputException.class).recoverWithItem(e -> back.refusal("overname"));
    }

    private static Back page(String code) {
        return Back.to("/dashboard/provincies/" + code + "/afstemming-coa?");
    }

    private Uni<ReconciliationPage> reconciliationPage(String code, String message, String error, List<String> refusals) {
        LocalDate today = viewer.today();
        return viewer.toProvince(code)
                .chain(() -> Uni.combine().all().unis(Province.<Province>findById(code), reconciliations.ofProvince(code, null))
                        .with((province, lines) -> {
                            String name = province == null ? code : province.name;
                            return new ReconciliationPage(code, name, ReconciliationPage.table(name, lines), DutchFormat.date(today),
                                    viewer.provinceStaff(), ReconciliationPage.adoptable(lines, today), CoaAdoptionService.REASON_MAX, message, error,
                                    refusals);
                        }));
    }
}
