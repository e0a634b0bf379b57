package nl.permitholders.supervision.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 9110's conditional GET: If-None-Match compared weakly, If-Modified-Since only without it. */
class ConditionalGetRuleTest {

    private static final Instant PUBLISHED = Instant.parse("2026-03-01T01:30:00Z");

    @Test
    void aStrongOrWeakTagOfTheSameValueHoldsAndAnyOtherDoesNot() {
        assertThat(ConditionalGetRule.stillHolds(List.of("\"abc\""), null, "abc", null)).isTrue();
        assertThat(ConditionalGetRule.stillHolds(List.of("W/\"abc\""), null, "abc", null)).isTrue();
        assertThat(ConditionalGetRule.stillHolds(List.of("\"x\", W/\"abc\""), null, "abc", null)).isTrue();
        assertThat(ConditionalGetRule.stillHolds(List.of("*"), null, "abc", null)).isTrue();
        assertThat(ConditionalGetRule.stillHolds(List.of("W/\"abd\""), null, "abc", null)).isFalse();
        assertThat(ConditionalGetRule.stillHolds(List.of("abc"), null, "abc", null)).as("unquoted is no tag").isFalse();
    }

    @Test
    void aDateCountsOnlyWithoutATag() {
        String after = "Sun, 01 Mar 2026 02:00:00 GMT";
        String before = "Sun, 01 Mar 2026 01:00:00 GMT";
        assertThat(ConditionalGetRule.stillHolds(List.of(), after, "abc", PUBLISHED)).isTrue();
        assertThat(ConditionalGetRule.stillHolds(List.of(), before, "abc", PUBLISHED)).isFalse();
        assertThat(ConditionalGetRule.stillHolds(List.of("\"other\""), after, "abc", PUBLISHED)).as("the tag decides").isFalse();
        assertThat(ConditionalGetRule.stillHolds(List.of(), "yesterday", "abc", PUBLISHED)).isFalse();
        assertThat(ConditionalGetRule.stillHolds(List.of(), after, "abc", null)).isFalse();
    }
}
