package nl.permitholders.platform.api;

import java.util.List;

/**
 * The request is well-formed but conflicts with the current state of the resource (409); where a field of the request
 * is what conflicts (a limit it would pass, a run already under way), {@link #invalidParams} names it and says why.
 */
public class ConflictException extends RuntimeException {

    private final List<InvalidParam> invalidParams;

    public ConflictException(String detail) {
        this(detail, null);
    }

    public ConflictException(String detail, List<InvalidParam> invalidParams) {
        super(detail);
        this.invalidParams = invalidParams == null ? null : List.copyOf(invalidParams);
    }

    /** A conflict of one field: the detail is its reason. */
    public static ConflictException of(String name, String reason) {
        return new ConflictException(reason, List.of(new InvalidParam(name, reason)));
    }

    /** The fields that conflict, or null when the conflict is the resource's alone. */
    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
