package nl.permitholders.platform.api;

/**
 * Optional free text (an explanation, a reason) may be left out, but when given it says something: with
 * {@code @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE)} null passes and "" or "   " is a
 * 400 naming the field, where {@code @NotBlank} would also refuse the absent value.
 */
public final class FreeText {

    public static final String NOT_BLANK = "(?s)\\s*\\S.*";
    public static final String NOT_BLANK_MESSAGE = "must not be blank";

    private FreeText() {
    }
}
