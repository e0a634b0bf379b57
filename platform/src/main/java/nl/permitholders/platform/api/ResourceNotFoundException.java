package nl.permitholders.platform.api;

/** The addressed resource does not exist (404). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String detail) {
        super(detail);
    }
}
