package nl.permitholders.platform.api;

import java.util.UUID;

/** A UUID path parameter: one that is no UUID is a 400 that names the parameter. */
public final class UuidParam {

    private UuidParam() {
    }

    public static UUID parse(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "is not a UUID");
        }
    }
}
