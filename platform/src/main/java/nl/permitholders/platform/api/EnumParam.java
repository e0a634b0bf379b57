package nl.permitholders.platform.api;

/** An enum query parameter read alone: absent is null, an unknown value a 400 that names the allowed ones. */
public final class EnumParam {

    private EnumParam() {
    }

    /** Where a request has more parameters, read them all through one {@link QueryParams} instead. */
    public static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        QueryParams params = new QueryParams();
        E parsed = params.enumValue(name, value, type);
        params.throwIfAny();
        return parsed;
    }
}
