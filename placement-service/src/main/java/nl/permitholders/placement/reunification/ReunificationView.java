package nl.permitholders.placement.reunification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Family members who arrived to join a coupling's referent, as the API shows them. */
@Schema(requiredProperties = {"id", "couplingId", "municipalityCode", "persons", "arrivedOn", "recordedAt"})
public record ReunificationView(UUID id, UUID couplingId, String municipalityCode, int persons, LocalDate arrivedOn,
                                Instant recordedAt,
                                @Schema(description = "whether they joined the referent in temporary housing (an "
                                        + "intermediate facility): they need follow-up housing too, and move on with the "
                                        + "referent's persons") boolean temporary,
                                @Schema(description = "the referent's placement in temporary housing they joined; absent "
                                        + "when they joined none") @JsonInclude(JsonInclude.Include.NON_NULL) UUID joinedPlacementId) {
    static ReunificationView of(Reunification r) {
        return new ReunificationView(r.id, r.couplingId, r.municipalityCode, r.persons, r.arrivedOn, r.recordedAt, r.temporary,
                r.joinedPlacementId);
    }
}
