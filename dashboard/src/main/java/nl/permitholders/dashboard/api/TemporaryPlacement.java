package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** A placement in temporary housing whose persons still need follow-up housing (supervision's getTemporaryPlacements). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TemporaryPlacement(String couplingId, String placementId, int persons, LocalDate housedOn) {
}
