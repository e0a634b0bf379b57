package nl.permitholders.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The fast reading of event dates and timestamps decides exactly as java.time does, for good input and bad. */
class Rfc3339Test {

    @Test
    void readsTheTimestampsProducersWriteAsJavaTimeDoes() {
        List<String> texts = new ArrayList<>(List.of("2025-03-01T09:30:00Z", "2025-03-01T09:30Z", "2025-03-01T09:30:00.1Z",
                "2025-03-01T09:30:00.123456Z", "2025-03-01T09:30:00.123456789Z", "2024-02-29T23:59:59.999+01:00",
                "2025-12-31T00:00:00-05:30", "2025-06-01T12:00:00+00:00", "2025-06-01T12:00:00-00:00", "2025-06-01T12:00:00+18:00"));
        Random random = new Random(20250301L);
        for (int i = 0; i < 2_000; i++) {
            OffsetDateTime t = OffsetDateTime.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000),
                    ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4) - 18 * 4) * 15 * 60));
            texts.add(t.toString());
        }
        for (String text : texts) {
            assertThat(Rfc3339.offsetDateTime(text)).as(text).isEqualTo(OffsetDateTime.parse(text));
        }
    }

    @Test
    void refusesOrHandsOnWhatJavaTimeRefusesOrReadsOtherwise() {
        List<String> texts = List.of("", "2025", "2025-03-01", "2025-03-01T09:30", "2025-03-01 09:30:00Z", "2025-13-01T09:30:00Z",
                "2025-02-30T09:30:00Z", "2025-03-01T24:00:00Z", "2025-03-01T09:60:00Z", "2025-03-01T09:30:61Z", "2025-03-01T09:30:00",
                "2025-03-01T09:30:00.Z", "2025-03-01T09:30:00.1234567890Z", "2025-03-01T09:30:00+01", "2025-03-01T09:30:00+0100",
                "2025-03-01T09:30:00+01:75", "2025-03-01T09:30:00+19:00", "2025-03-01T09:30:00+01:00:30", "2025-03-01t09:30:00z",
                "+12025-03-01T09:30:00Z", "2025-03-01T09:30:00ZZ", "2025-03-01T09:3a:00Z", "２０２５-03-01T09:30:00Z");
        for (String text : texts) {
            assertSameOutcome(text, Rfc3339::offsetDateTime, OffsetDateTime::parse);
        }
    }

    @Test
    void readsDatesAsJavaTimeDoes() {
        List<String> texts = new ArrayList<>(List.of("2025-03-01", "2024-02-29", "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10",
                "2025-1-01", "2025-01-1", "20250101", "2025/01/01", "+12025-01-01", "0000-01-01", "2025-01-01Z", "", "abcd-ef-gh"));
        Random random = new Random(7L);
        for (int i = 0; i < 2_000; i++) {
            texts.add(LocalDate.ofEpochDay(random.nextInt(40_000)).toString());
        }
        for (String text : texts) {
            assertSameOutcome(text, Rfc3339::date, LocalDate::parse);
        }
    }

    @Test
    void aDateThatDoesNotExistIsAParseErrorNamingTheText() {
        assertThatThrownBy(() -> Rfc3339.date("2025-02-30")).isInstanceOf(DateTimeParseException.class).hasMessageContaining("2025-02-30");
    }

    private static <T> void assertSameOutcome(String text, Function<String, T> fast, Function<String, T> javaTime) {
        T expected;
        try {
            expected = javaTime.apply(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> fast.apply(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(fast.apply(text)).as(text).isEqualTo(expected);
    }
}
