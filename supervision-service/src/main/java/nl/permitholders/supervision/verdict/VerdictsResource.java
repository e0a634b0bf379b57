package nl.permitholders.supervision.verdict;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.permitholders.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

@Path(SupervisionApi.BASE + "/municipalities/{code}/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts and ladder")
@ChecksMunicipalityAccess
public class VerdictsResource {

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    Clock clock;

    public record RecordedVerdict(Verdict verdict, int backlog, int couplingDeficit, String causeEventType, UUID causeEventId,
                                  Instant recordedAt) {
    }

    public record VerdictLine(String period, LocalDate deadline, LocalDate referenceDate, Verdict verdict, int backlog,
                              int stillToHouseAtReferenceDate, int coupledUnhousedAtReferenceDate,
                              int recoupledAfterTheClockAtReferenceDate, int couplingDeficit, List<RecordedVerdict> history) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @WithSession
    @Operation(summary = "The verdict at every deadline that has passed (R7), with the history of how each changed",
            description = "A late correction (an adjusted quota, a revoked placement) judges a closed half-year again; "
                    + "history lists every verdict recorded for it with the event that caused it. couplingDeficit = "
                    + "stillToHouseAtReferenceDate - coupledUnhousedAtReferenceDate (at least 0); coupledUnhousedAtReferenceDate "
                    + "includes recoupledAfterTheClockAtReferenceDate, the persons COA re-coupled elsewhere after their 12 weeks "
                    + "ran out: the municipality's own shortfall, never part of the deficit. Withdrawn couplings, and couplings "
                    + "re-coupled within the 12 weeks, are no longer the municipality's.")
    public Uni<List<VerdictLine>> verdicts(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return ledgers.of(code).flatMap(known -> VerdictRecord.of(code).map(records -> known.judgements(LocalDate.now(clock)).stream()
                .map(j -> new VerdictLine(j.period().toString(), j.deadline(), j.referenceDate(), j.verdict(), j.backlog(),
                        j.stillToHouseAtReferenceDate(), j.coupledUnhousedAtReferenceDate(),
                        j.recoupledAfterTheClockAtReferenceDate(), j.couplingDeficit(),
                        records.stream().filter(r -> r.period.equals(j.period().toString()))
                                .map(r -> new RecordedVerdict(r.verdict, r.backlog, r.couplingDeficit, r.causeEventType,
                                        r.causeEventId, r.recordedAt))
                                .toList()))
                .toList()));
    }
}
