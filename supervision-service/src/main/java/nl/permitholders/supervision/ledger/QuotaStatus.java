package nl.permitholders.supervision.ledger;

import java.util.Collection;

/**
 * Whether a quota is the Rijk's announcement ahead of the half-year ("voorlopige taakstelling") or the figure it fixed.
 * Figures and forecasts say which kind they rest on.
 */
public enum QuotaStatus {
    PROVISIONAL,
    FINAL;

    /** The status of figures resting on quotas of these statuses: provisional if any is, none without any quota. */
    public static QuotaStatus of(Collection<QuotaStatus> statuses) {
        return statuses.contains(PROVISIONAL) ? PROVISIONAL : statuses.contains(FINAL) ? FINAL : null;
    }
}
