package nl.permitholders.platform.api;

import java.util.List;

/** The request is invalid; every violation found is listed so the caller can fix them in one go (400). */
public class InvalidInputException extends RuntimeException {

    private final List<InvalidParam> invalidParams;

    public InvalidInputException(List<InvalidParam> invalidParams) {
        super(describe(invalidParams));
        this.invalidParams = List.copyOf(invalidParams);
    }

    public static InvalidInputException of(String name, String reason) {
        return new InvalidInputException(List.of(new InvalidParam(name, reason)));
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    private static String describe(List<InvalidParam> params) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one violation");
        }
        return params.size() == 1
                ? params.get(0).name() + " " + params.get(0).reason()
                : params.size() + " parameters are invalid";
    }
}
