package nl.permitholders.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem invalid(List<InvalidParam> invalidParams) {
        return new Problem("about:blank", "Invalid input", 400,
                invalidParams.size() == 1 ? "1 parameter is invalid" : invalidParams.size() + " parameters are invalid",
                invalidParams);
    }
}
