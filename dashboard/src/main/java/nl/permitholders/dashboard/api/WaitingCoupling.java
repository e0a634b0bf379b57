package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** A coupling still waiting for housing today, on R8's 12-week clock (supervision's getWaitingCouplings). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaitingCoupling(String couplingId, String householdType, LocalDate couplingDate, int persons, int unhousedPersons,
                              long weeksWaiting, LocalDate housingDeadline) {
}
