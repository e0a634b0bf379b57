package nl.permitholders.quota.balance;

import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The backlog a municipality had when it joined the system, carried into a half-year (R4): from there supervision
 * carries the backlog forward. Negative means it was ahead. Corrections are new versions; history is kept.
 */
@Schema(requiredProperties = {"version", "period", "backlog", "recordedAt"})
public record OpeningBalance(int version, String period, int backlog, Instant recordedAt) {

    /** The next version for this balance, or empty when it is the same as the current one. */
    public static Optional<OpeningBalance> next(Optional<OpeningBalance> current, String period, int backlog, Instant at) {
        if (current.isPresent() && current.get().period().equals(period) && current.get().backlog() == backlog) {
            return Optional.empty();
        }
        return Optional.of(new OpeningBalance(current.map(b -> b.version() + 1).orElse(1), period, backlog, at));
    }
}
