package nl.permitholders.quota.distribution;

import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.quota.QuotaStatus;

/**
 * R1: the Rijk sets the national total of a half-year, first often as an announcement (PROVISIONAL), later as the figure
 * it fixed (FINAL). A different total, or the same total going from PROVISIONAL to FINAL, is a new version; the same
 * total with the same status again changes nothing; a FINAL total never becomes PROVISIONAL again. A change that names
 * no status keeps the standing one (FINAL for a half-year's first total).
 */
public final class NationalQuotaRule {

    private NationalQuotaRule() {
    }

    /** The national total as it stands: its persons and status. */
    public record Standing(int persons, QuotaStatus status) {
    }

    /**
     * @param standing the standing total, null when the half-year has none yet
     * @param asked    the status the change names, null when it names none
     * @return the status of the new version, or empty when the change changes nothing
     * @throws InvalidInputException naming {@code status} when a FINAL total would become PROVISIONAL
     */
    public static Optional<QuotaStatus> newVersion(Period period, Standing standing, int persons, QuotaStatus asked) {
        QuotaStatus status = QuotaStatus.asked(asked, standing == null ? null : standing.status());
        if (standing == null) {
            return Optional.of(status);
        }
        if (standing.status() == QuotaStatus.FINAL && status == QuotaStatus.PROVISIONAL) {
            throw InvalidInputException.of("status", "PROVISIONAL is refused: the national total of " + period
                    + " is already FINAL (" + standing.persons() + " persons); a final total does not become provisional again");
        }
        return standing.persons() == persons && standing.status() == status ? Optional.empty() : Optional.of(status);
    }
}
