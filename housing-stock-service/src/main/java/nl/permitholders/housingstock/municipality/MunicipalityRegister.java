package nl.permitholders.housingstock.municipality;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a fact may be recorded for a municipality: only for one in quota-service's register, and only on a date
 * it exists (a merged municipality ends the day before the merger). The register reaches this service by events, so
 * a municipality registered a moment ago may not be known yet; the refusal says so.
 */
public final class MunicipalityRegister {

    /** What the register says about one municipality; null dates are open-ended. */
    public record Entry(String code, LocalDate validFrom, LocalDate validUntil) {
    }

    private MunicipalityRegister() {
    }

    /** The reason a fact dated {@code on} cannot be recorded for {@code code}, or empty when it can. */
    public static Optional<String> refusal(String code, Entry known, LocalDate on) {
        if (known == null) {
            return Optional.of("municipality " + code + " is not in the municipality register (quota-service); "
                    + "a municipality registered there moments ago is known here within seconds");
        }
        if (known.validFrom() != null && on.isBefore(known.validFrom())) {
            return Optional.of("municipality " + code + " exists from " + known.validFrom() + ", not on " + on);
        }
        if (known.validUntil() != null && on.isAfter(known.validUntil())) {
            return Optional.of("municipality " + code + " ceased to exist after " + known.validUntil()
                    + " (merged); record this for the municipality that took over");
        }
        return Optional.empty();
    }
}
