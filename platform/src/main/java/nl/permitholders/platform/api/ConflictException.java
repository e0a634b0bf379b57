package nl.permitholders.platform.api;

/** The request is well-formed but conflicts with the current state of the resource (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
