package nl.permitholders.placement.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.placement.unit.UnitType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"id", "couplingId", "municipalityCode", "persons", "housedOn", "revoked", "recordedAt"})
public record PlacementView(UUID id, UUID couplingId, String municipalityCode, int persons, LocalDate housedOn, UUID unitId,
                            UnitType unitType,
                            @Schema(description = "whether the persons are in temporary housing and still need follow-up housing "
                                    + "(an intermediate facility; a flex home only where configured so), decided when the "
                                    + "placement was recorded; absent when the kind of housing is unknown")
                            Boolean temporary,
                            @Schema(description = "the day the persons moved on from temporary housing to follow-up housing")
                            LocalDate movedOn, boolean revoked, LocalDate revokedOn,
                            RevocationReason revocationReason, String revocationExplanation, Instant recordedAt) {

    static PlacementView of(Placement p) {
        return new PlacementView(p.id, p.couplingId, p.municipalityCode, p.persons, p.housedOn, p.unitId, p.unitType,
                p.temporary, p.movedOn, p.isRevoked(), p.revokedOn, p.revocationReason,
                p.revocationExplanation, p.recordedAt);
    }
}
