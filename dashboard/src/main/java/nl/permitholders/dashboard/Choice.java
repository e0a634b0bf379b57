package nl.permitholders.dashboard;

/** A value a form offers (a stage, a regime, a deadline, a coupling, an agreement), with its Dutch label. */
public record Choice(String value, String label) {
}
