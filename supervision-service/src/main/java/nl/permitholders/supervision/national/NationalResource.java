package nl.permitholders.supervision.national;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.Today;
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Known;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.reference.Province;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/national/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class NationalResource {

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    Today today;

    public record ProvinceTotals(String provinceCode, String name, int municipalities, Totals totals) {
    }

    public record NationalView(String period, LocalDate asOf, int municipalities, Totals totals, List<ProvinceTotals> provinces,
                               int municipalitiesWithoutProvince) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @WithSession
    @Operation(summary = "The country's figures for a half-year: the same totals as a province, and each province's",
            description = "Summed over every municipality in the register that exists in the half-year (not merged into another by "
                    + "then), as the province overview sums its own. Municipalities with figures but not (yet) in the register are "
                    + "counted in municipalitiesWithoutProvince and not in the totals.")
    public Uni<NationalView> national(@PathParam("period") String periodText,
                                      @Parameter(description = "position on this date, yyyy-mm-dd") @QueryParam("asOf") String asOfText) {
        Period period = PeriodParam.parse("period", periodText);
        LocalDate asOf = DateParam.parseOptional("asOf", asOfText);
        LocalDate now = today.date();
        return Province.<Province>listAll().flatMap(provinces -> ledgers.all().map(all -> {
            Map<String, String> names = provinces.stream().collect(Collectors.toMap(p -> p.code, p -> p.name));
            Map<String, List<FiguresView>> byProvince = new TreeMap<>();
            int withoutProvince = 0;
            for (Known known : all.values()) {
                if (known.mergedBy(period)) {
                    continue;
                }
                if (known.provinceCode() == null) {
                    withoutProvince++;
                    continue;
                }
                byProvince.computeIfAbsent(known.provinceCode(), k -> new ArrayList<>()).add(FiguresView.of(known, period, asOf, now));
            }
            List<ProvinceTotals> perProvince = byProvince.entrySet().stream()
                    .map(e -> new ProvinceTotals(e.getKey(), names.get(e.getKey()), e.getValue().size(), Totals.of(e.getValue()))).toList();
            List<FiguresView> everyone = byProvince.values().stream().flatMap(List::stream).toList();
            return new NationalView(period.toString(), asOf, everyone.size(), Totals.of(everyone), perProvince, withoutProvince);
        }));
    }
}
