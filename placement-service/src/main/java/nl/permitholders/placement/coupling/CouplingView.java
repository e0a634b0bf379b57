package nl.permitholders.placement.coupling;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coupling as the API shows it, with the persons housed from it and its housing deadline (R8). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"id", "municipalityCode", "adults", "minors", "persons", "householdType", "permitDate",
        "couplingDate", "expectedReunificationPersons", "specialNeeds", "status", "personsHoused", "registeredAt"})
public record CouplingView(UUID id, String coaReference, String municipalityCode, int adults, int minors, int persons,
                           HouseholdType householdType, LocalDate permitDate, LocalDate couplingDate,
                           int expectedReunificationPersons, ReceptionRegion receptionRegion, Boolean ownRegion,
                           List<SpecialNeed> specialNeeds, CouplingStatus status, int personsHoused,
                           LocalDate housingDeadline, LocalDate cancelledOn, CancellationReason cancellationReason,
                           Instant registeredAt,
                           @Schema(description = "after a split of the municipality it was coupled to: the receiving municipality COA named (R3)")
                           String dividedTo) {

    public static CouplingView of(Coupling c, int personsHoused) {
        CouplingDetails d = c.details();
        return new CouplingView(c.id, c.coaReference, c.municipalityCode, c.adults, c.minors, c.persons(),
                c.householdType, c.permitDate, c.couplingDate, c.expectedReunificationPersons, c.receptionRegion,
                c.ownRegion, d.specialNeeds().stream().sorted().toList(), c.status, personsHoused,
                Overdue.since(c.couplingDate), c.cancelledOn, c.cancellationReason, c.registeredAt, c.dividedTo);
    }
}
