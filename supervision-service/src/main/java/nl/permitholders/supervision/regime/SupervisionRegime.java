package nl.permitholders.supervision.regime;

/**
 * How closely the province supervises a municipality, as province staff decide it. Overijssel's regimes: low (green:
 * monthly monitoring), medium (orange: also an official talk), high (red: also an administrative talk).
 */
public enum SupervisionRegime {
    LOW, MEDIUM, HIGH
}
