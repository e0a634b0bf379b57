package nl.permitholders.quota.quota;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a municipality's quota for a half-year; {@code publishedOn} is null where the Rijk's date is not known. */
@Schema(requiredProperties = {"version", "persons", "status", "recordedAt"})
public record QuotaVersion(int version, int persons, QuotaStatus status, LocalDate publishedOn, QuotaBasis basis, String reason,
                           Instant recordedAt) {
}
