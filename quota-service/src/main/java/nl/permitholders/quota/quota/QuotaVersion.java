package nl.permitholders.quota.quota;

import java.time.Instant;

/** One version of a municipality's quota for a half-year. */
public record QuotaVersion(int version, int persons, QuotaBasis basis, String reason, Instant recordedAt) {
}
