package nl.permitholders.supervision.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"municipalityCode", "delta", "backlogTransfer"})
public record ChangeView(String municipalityCode, int delta, int backlogTransfer,
                         @Schema(description = "R3: the municipality whose figures of the half-year hold this party's part, "
                                 + "because the party merged into it by then (the party shown as GM0457 (now part of GM0363)): "
                                 + "its figures count the part, and it acts for the party. Absent while the party holds it itself")
                         String heldBy) {
}
