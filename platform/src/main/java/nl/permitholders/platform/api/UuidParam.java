package nl.permitholders.platform.api;

import java.util.UUID;

/** A UUID path parameter read alone: one that is no UUID is a 400 that names the parameter. */
public final class UuidParam {

    private UuidParam() {
    }

    /** Where a request has more parameters, read them all through one {@link QueryParams} instead. */
    public static UUID parse(String name, String value) {
        QueryParams params = new QueryParams();
        UUID uuid = params.uuid(name, value);
        params.throwIfAny();
        return uuid;
    }
}
