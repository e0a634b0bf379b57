package nl.permitholders.supervision.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"municipalityCode", "delta", "backlogTransfer"})
public record ChangeView(String municipalityCode, int delta, int backlogTransfer) {
}
