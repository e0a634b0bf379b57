package nl.permitholders.placement.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.placement.unit.UnitType;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementView(UUID id, UUID couplingId, String municipalityCode, int persons, LocalDate housedOn, UUID unitId,
                            UnitType unitType, Boolean temporary, boolean revoked, LocalDate revokedOn,
                            RevocationReason revocationReason, String revocationExplanation, Instant recordedAt) {

    static PlacementView of(Placement p) {
        return new PlacementView(p.id, p.couplingId, p.municipalityCode, p.persons, p.housedOn, p.unitId, p.unitType,
                p.unitType == null ? null : p.unitType.isTemporary(), p.isRevoked(), p.revokedOn, p.revocationReason,
                p.revocationExplanation, p.recordedAt);
    }
}
