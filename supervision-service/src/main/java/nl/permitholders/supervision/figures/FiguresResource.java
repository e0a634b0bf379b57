package nl.permitholders.supervision.figures;

import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntryRow;
import nl.permitholders.supervision.ledger.PeriodFigures;
import nl.permitholders.supervision.reference.Municipality;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/municipalities/{code}/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class FiguresResource {

    public record FiguresView(String municipalityCode, String municipalityName, String provinceCode, String period,
                              LocalDate asOf, int carriedBacklog, int quota, int adjustedQuota, int housed, int backlog) {
        static FiguresView of(Municipality municipality, PeriodFigures f) {
            return new FiguresView(f.municipalityCode(), municipality == null ? null : municipality.name,
                    municipality == null ? null : municipality.provinceCode, f.period().toString(), f.asOf(),
                    f.carriedBacklog(), f.quota(), f.adjustedQuota(), f.housed(), f.backlog());
        }
    }

    public record LedgerLine(EntryKind kind, String eventType, UUID eventId, String period, LocalDate date, int persons,
                             Integer version, String reference) {
        static LedgerLine of(LedgerEntry e) {
            return new LedgerLine(e.kind(), e.eventType(), e.eventId(), e.period() == null ? null : e.period().toString(),
                    e.effectiveDate(), e.persons(), e.version(), e.reference());
        }
    }

    @GET
    @Operation(summary = "A municipality's figures for a half-year",
            description = "carriedBacklog + quota = adjustedQuota; adjustedQuota - housed = backlog (R4), carried from "
                    + "half-year to half-year. With asOf, persons housed after that date do not count yet.")
    public Uni<FiguresView> figures(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                    @PathParam("period") String periodText,
                                    @Parameter(description = "position on this date, yyyy-mm-dd") @QueryParam("asOf") String asOfText) {
        Period period = PeriodParam.parse("period", periodText);
        LocalDate asOf = date("asOf", asOfText);
        return known(code).map(known -> FiguresView.of(known.municipality(),
                new BacklogLedger(code, known.entries()).figures(period, asOf)));
    }

    @GET
    @Path("/ledger")
    @Operation(summary = "The events that make up a municipality's figures for a half-year",
            description = "Every quota and opening-balance version of the half-year and every placement in it; "
                    + "the highest version of a quota counts.")
    public Uni<List<LedgerLine>> ledger(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                        @PathParam("period") String periodText) {
        Period period = PeriodParam.parse("period", periodText);
        return known(code).map(known -> new BacklogLedger(code, known.entries()).entriesOf(period).stream()
                .map(LedgerLine::of).toList());
    }

    private record Known(Municipality municipality, List<LedgerEntry> entries) {
    }

    private static Uni<Known> known(String code) {
        return Municipality.<Municipality>findById(code)
                .flatMap(municipality -> LedgerEntryRow.of(code).map(entries -> new Known(municipality, entries)))
                .invoke(known -> {
                    if (known.municipality() == null && known.entries().isEmpty()) {
                        throw new ResourceNotFoundException("Nothing is known yet about municipality " + code + ".");
                    }
                });
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "must be a date yyyy-mm-dd");
        }
    }
}
