package nl.permitholders.supervision.reference;

/** A municipality as quota-service last described it. */
public record Municipality(String code, String name, String provinceCode) {
}
