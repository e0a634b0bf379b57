package nl.permitholders.placement.offer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"id", "couplingId", "unitId", "municipalityCode", "persons", "offeredOn", "status",
        "recordedAt"})
public record OfferView(UUID id, UUID couplingId, UUID unitId, String municipalityCode, int persons, LocalDate offeredOn,
                        OfferStatus status, LocalDate closedOn, DeclineReason declineReason, Instant recordedAt) {

    static OfferView of(Offer o) {
        return new OfferView(o.id, o.couplingId, o.unitId, o.municipalityCode, o.persons, o.offeredOn, o.status, o.closedOn,
                o.declineReason, o.recordedAt);
    }
}
