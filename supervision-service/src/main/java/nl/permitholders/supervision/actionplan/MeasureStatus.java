package nl.permitholders.supervision.actionplan;

/** Where a measure stands. A dropped measure no longer counts towards what the plan expects. */
public enum MeasureStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED
}
