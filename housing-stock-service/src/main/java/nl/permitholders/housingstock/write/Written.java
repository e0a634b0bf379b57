package nl.permitholders.housingstock.write;

/** A fact after a write by its natural key; {@code created} when this write recorded it, not a repeat or a change. */
public record Written<F>(F fact, boolean created) {
}
