package nl.permitholders.housingstock.vacancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.time.DateRange;

/**
 * When a corporation may report a vacancy: in the municipality of the unit when the unit is registered, not for a
 * unit that has left the stock, and on a date the counting periods know.
 */
public final class VacancyRules {

    /** What a vacancy says; the corporation and its own id for the report identify it. */
    public record VacancyReport(String municipalityCode, LocalDate availableFrom, String unitExternalId) {

        /** Each value in which this report differs from the one reported before, with what was reported then. */
        public List<String> differencesFrom(VacancyReport reported) {
            List<String> different = new ArrayList<>();
            if (!municipalityCode.equals(reported.municipalityCode)) {
                different.add("municipalityCode (reported " + reported.municipalityCode + ")");
            }
            if (!availableFrom.equals(reported.availableFrom)) {
                different.add("availableFrom (reported " + reported.availableFrom + ")");
            }
            if (!Objects.equals(unitExternalId, reported.unitExternalId)) {
                different.add("unitExternalId (reported " + reported.unitExternalId + ")");
            }
            return different;
        }
    }

    /** The corporation's unit as registered here. */
    public record RegisteredUnit(UUID id, String municipalityCode, LocalDate retiredOn) {
    }

    private VacancyRules() {
    }

    /** @param unit the unit the report names, when the corporation registered it; otherwise null */
    public static Violations check(VacancyReport report, RegisteredUnit unit) {
        Violations violations = new Violations();
        violations.check(DateRange.contains(report.availableFrom()), "availableFrom", DateRange.REASON);
        if (unit != null) {
            violations.check(unit.municipalityCode().equals(report.municipalityCode()), "municipalityCode",
                    "is " + report.municipalityCode() + " but unit " + report.unitExternalId() + " is registered in "
                            + unit.municipalityCode());
            violations.check(unit.retiredOn() == null || report.availableFrom().isBefore(unit.retiredOn()),
                    "unitExternalId", "names a unit retired on " + unit.retiredOn() + ", before it would become available");
        }
        return violations;
    }
}
