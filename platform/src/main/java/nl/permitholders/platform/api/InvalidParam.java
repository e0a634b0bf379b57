package nl.permitholders.platform.api;

/** One violation in a request: which parameter or field, and why it was refused. */
public record InvalidParam(String name, String reason) {
}
