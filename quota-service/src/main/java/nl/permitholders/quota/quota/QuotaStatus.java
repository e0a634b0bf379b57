package nl.permitholders.quota.quota;

/**
 * Whether a quota is the Rijk's announcement months ahead ("voorlopige taakstelling") or the figure it fixed. A
 * provisional quota may become final, with the same number or another; a final one never becomes provisional again.
 */
public enum QuotaStatus {
    PROVISIONAL,
    FINAL;

    /** The status a change asks for, or, when it names none, the standing one (FINAL for a half-year's first quota). */
    public static QuotaStatus asked(QuotaStatus asked, QuotaStatus standing) {
        return asked != null ? asked : standing != null ? standing : FINAL;
    }
}
