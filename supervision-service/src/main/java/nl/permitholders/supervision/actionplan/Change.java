package nl.permitholders.supervision.actionplan;

/** What changed in a plan: the {@code change} of {@link ActionPlanUpdated}. */
public enum Change {
    CREATED, MEASURE_ADDED, MEASURE_CHANGED
}
