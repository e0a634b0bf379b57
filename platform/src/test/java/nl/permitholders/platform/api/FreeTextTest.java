package nl.permitholders.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Optional free text, when given, says something: blank is refused, any text with a visible character passes. */
class FreeTextTest {

    private static boolean accepted(String text) {
        return Pattern.matches(FreeText.NOT_BLANK, text);
    }

    @Test
    void emptyOrOnlyWhiteSpaceIsBlank() {
        assertThat(accepted("")).isFalse();
        assertThat(accepted("   ")).isFalse();
        assertThat(accepted(" \t\r\n ")).isFalse();
    }

    @Test
    void textWithAnyVisibleCharacterPassesOverSeveralLinesToo() {
        assertThat(accepted("x")).isTrue();
        assertThat(accepted("  verhuisd naar\nde buurgemeente  ")).isTrue();
        assertThat(accepted("\n\nregel drie\n")).isTrue();
    }
}
