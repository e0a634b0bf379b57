package nl.permitholders.dashboard.api;

/** Whether a quota is the Rijk's announcement (provisional) or the figure it fixed, as the APIs name it. */
public enum QuotaStatus {
    PROVISIONAL, FINAL
}
