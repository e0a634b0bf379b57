package nl.permitholders.dashboard.api;

/** The supervision regime a province decided, as supervision's API names it, low to high. */
public enum SupervisionRegime {
    LOW, MEDIUM, HIGH
}
