package nl.permitholders.quota.reference;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import nl.permitholders.quota.csv.CsvFile;
import nl.permitholders.quota.csv.ImportReport;
import nl.permitholders.quota.reference.MunicipalityResource.MunicipalityView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/municipalities")
@Tag(name = "Reference data")
public class MunicipalitiesResource {

    static final List<String> HEADER = List.of("code", "name", "provinceCode");

    @Inject
    ReferenceDataService register;

    @Inject
    ReferenceQueries queries;

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @WithSession
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMunicipalities",
            summary = "List municipalities, by code", description = "Filter by province and by the date on which they exist.")
    public Uni<Page<MunicipalityView>> list(
            @QueryParam("provinceCode") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String provinceCode,
            @Parameter(description = "only municipalities that exist on this date, yyyy-mm-dd",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("validOn") String validOnText,
            @BeanParam PageParams paging) {
        QueryParams params = new QueryParams();
        PageRequest request = paging.request(params);
        LocalDate validOn = params.date("validOn", validOnText);
        params.throwIfAny();
        // Count and page in SQL, in one session, as every list: the country's 342 are never read to serve 20.
        return Page.mapped(() -> queries.municipalities(provinceCode, validOn), request, MunicipalityView::of);
    }

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importMunicipalities", summary = "Import municipalities from CSV: code;name;provinceCode",
            description = "Registers new municipalities and corrects names and provinces. All or nothing: if any line is "
                    + "refused, nothing is stored and every refused line is listed. Importing the same file again changes nothing.")
    public Uni<ImportReport> importCsv(byte[] body) {
        List<CsvFile.Row> rows = CsvFile.read(body, HEADER);
        return register.importMunicipalities(rows);
    }
}
