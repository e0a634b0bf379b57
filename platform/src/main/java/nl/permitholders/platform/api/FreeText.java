package nl.permitholders.platform.api;

/**
 * Optional free text (an explanation, a reason) may be left out, but when given it says something: with
 * {@code @Pattern(regexp = FreeText.NOT_BLANK, message = FreeText.NOT_BLANK_MESSAGE)} null passes and "" or "   " is a
 * 400 naming the field, where {@code @NotBlank} would also refuse the absent value.
 */
public final class FreeText {

    /**
     * Some character other than white space. Written without inline flags, so the OpenAPI documents carry it as an
     * ECMA-262 regex too (where it is matched anywhere in the text, as here from the start).
     */
    public static final String NOT_BLANK = "\\s*\\S[\\s\\S]*";
    public static final String NOT_BLANK_MESSAGE = "must not be blank";

    private FreeText() {
    }
}
