package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import nl.permitholders.platform.period.Period;

/**
 * A municipality's position in a half-year (R4): the backlog carried in plus the quota plus exchanges is the
 * adjusted quota; minus the persons housed in the half-year (up to {@code asOf}) is the backlog. Negative backlog
 * means ahead. The backlog carried in includes backlog taken over or handed over in exchange agreements registered for
 * the half-year (R2). {@code quotaStatus} says whether the half-year's quota is provisional or final (null without a quota).
 */
public record PeriodFigures(String municipalityCode, Period period, LocalDate asOf, int carriedBacklog, int quota,
                            QuotaStatus quotaStatus, int exchanges, int adjustedQuota, int housed, int backlog) {
}
