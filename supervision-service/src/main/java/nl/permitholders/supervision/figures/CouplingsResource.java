package nl.permitholders.supervision.figures;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import nl.permitholders.supervision.ledger.Couplings;
import nl.permitholders.supervision.ledger.Details;
import nl.permitholders.supervision.ledger.LedgerEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What lies behind a municipality's coupled-unhoused and temporary-housing figures today, as supervision's projection
 * counts them: the couplings still waiting on R8's 12-week clock, and the placements in temporary housing whose persons
 * still need follow-up housing.
 */
@Path(SupervisionApi.BASE + "/municipalities/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@ChecksMunicipalityAccess
public class CouplingsResource {

    /** The weeks from the coupling date within which a municipality houses the household (R8). */
    static final int TERM_WEEKS = 12;

    @Inject
    FiguresQueries queries;
    @Inject
    Clock clock;

    @Schema(requiredProperties = {"couplingId", "couplingDate", "persons", "unhousedPersons", "weeksWaiting", "housingDeadline"})
    public record WaitingCouplingView(String couplingId,
                                      @Schema(description = "COA's household type, SINGLE or FAMILY; absent for a coupling "
                                              + "projected before the type was kept") String householdType,
                                      LocalDate couplingDate, int persons,
                                      @Schema(description = "its persons not housed yet") int unhousedPersons,
                                      @Schema(description = "whole weeks since the coupling date") long weeksWaiting,
                                      @Schema(description = "the coupling date plus 12 weeks (R8); overdue after it") LocalDate housingDeadline) {

        static WaitingCouplingView of(Couplings.Waiting w) {
            return new WaitingCouplingView(w.couplingId(), w.householdType(), w.couplingDate(), w.persons(), w.unhousedPersons(),
                    w.weeksWaiting(), w.couplingDate().plusWeeks(TERM_WEEKS));
        }
    }

    @Schema(requiredProperties = {"couplingId", "placementId", "persons", "housedOn"})
    public record TemporaryPlacementView(String couplingId,
                                         @Schema(description = "placement-service's id of the placement, as its API addresses it")
                                         String placementId, int persons, LocalDate housedOn) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/waiting-couplings")
    @Operation(operationId = "getWaitingCouplings",
            summary = "A municipality's couplings still waiting for housing today, the one running out first on top",
            description = "Every coupling with persons not housed yet today, on R8's 12-week clock: COA's householdType, its "
                    + "persons and unhousedPersons, the couplingDate, weeksWaiting and the housingDeadline after which it is "
                    + "overdue; ordered by couplingDate (then couplingId). Together their unhousedPersons are the figures' "
                    + "coupledUnhousedPersons today.")
    public Uni<List<WaitingCouplingView>> waiting(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        LocalDate today = LocalDate.now(clock);
        return queries.municipality(code).map(known -> known.ledger().waitingCouplings(today).stream()
                .sorted(Comparator.comparing(Couplings.Waiting::couplingDate).thenComparing(Couplings.Waiting::couplingId))
                .map(WaitingCouplingView::of).toList());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/temporary-placements")
    @Operation(operationId = "getTemporaryPlacements",
            summary = "A municipality's placements in temporary housing whose persons still need follow-up housing today",
            description = "Every placement in temporary housing (placement-service decides what is temporary) housed by today "
                    + "whose persons have not moved on to follow-up housing: its coupling, the placement's id, its persons and "
                    + "housedOn. A municipality split over others lists those its split rule puts here (R3).")
    public Uni<List<TemporaryPlacementView>> temporary(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        LocalDate today = LocalDate.now(clock);
        return queries.municipality(code).map(known -> known.ledger().inTemporaryHousing(today).stream()
                .filter(p -> couplingOf(p) != null && p.reference() != null)
                .map(p -> new TemporaryPlacementView(couplingOf(p), p.reference(), p.persons(), p.effectiveDate())).toList());
    }

    private static String couplingOf(LedgerEntry placement) {
        return placement.details() instanceof Details.Placement p ? p.couplingId() : null;
    }
}
