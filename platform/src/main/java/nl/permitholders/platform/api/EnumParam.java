package nl.permitholders.platform.api;

import java.util.Arrays;

/** An enum query parameter: absent is null, an unknown value a 400 that names the allowed ones. */
public final class EnumParam {

    private EnumParam() {
    }

    public static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "has an invalid value '" + value + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
