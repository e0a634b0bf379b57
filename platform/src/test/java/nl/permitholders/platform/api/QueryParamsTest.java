package nl.permitholders.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    enum Colour { RED, GREEN }

    @Test
    void everyRefusedParameterIsNamedInOneRefusal() {
        QueryParams params = new QueryParams();
        params.integer("count", "twelve");
        params.bool("open", "maybe");
        params.date("from", "yesterday");
        params.date("to", "1999-12-31");
        params.enumValue("colour", "BLUE", Colour.class);
        params.matching("code", "x1", Pattern.compile("[a-z]{2}"), "must be two letters");
        params.municipalityCode("municipalityCode", "Almelo");
        params.uuid("id", "42");
        params.required("period", null, "is required", Period::parse);
        params.optional("until", "2025-H3", Period::parse);
        params.page("0", "101");

        assertThatThrownBy(params::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.invalidParams()).containsExactly(
                        new InvalidParam("count", "must be a whole number"),
                        new InvalidParam("open", "must be true or false"),
                        new InvalidParam("from", "must be a date yyyy-mm-dd"),
                        new InvalidParam("to", "must be a date from 2000-01-01 to 2100-12-31"),
                        new InvalidParam("colour", "must be one of [RED, GREEN]"),
                        new InvalidParam("code", "must be two letters"),
                        new InvalidParam("municipalityCode", "must be a CBS municipality code such as GM0141"),
                        new InvalidParam("id", "is not a UUID"),
                        new InvalidParam("period", "is required"),
                        new InvalidParam("until", "'2025-H3' is not a half-year; use yyyy-H1 or yyyy-H2 (or yyyy-I, yyyy-II)"),
                        new InvalidParam("page", "must be 1 or more"),
                        new InvalidParam("pageSize", "must be between 1 and 100")));
    }

    @Test
    void absentOrBlankIsNoValueAndNoRefusal() {
        QueryParams params = new QueryParams();
        assertThat(params.integer("count", null)).isNull();
        assertThat(params.bool("open", " ")).isNull();
        assertThat(params.date("from", "")).isNull();
        assertThat(params.enumValue("colour", null, Colour.class)).isNull();
        assertThat(params.uuid("id", null)).isNull();
        assertThat(params.optional("until", null, Period::parse)).isNull();
        assertThat(params.page(null, "")).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_SIZE));
        params.throwIfAny();
    }

    @Test
    void validValuesAreRead() {
        QueryParams params = new QueryParams();
        UUID id = UUID.randomUUID();
        assertThat(params.integer("count", "-3")).isEqualTo(-3);
        assertThat(params.bool("open", "false")).isFalse();
        assertThat(params.date("from", "2025-01-01")).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(params.enumValue("colour", "GREEN", Colour.class)).isEqualTo(Colour.GREEN);
        assertThat(params.municipalityCode("municipalityCode", "GM0141")).isEqualTo("GM0141");
        assertThat(params.uuid("id", id.toString())).isEqualTo(id);
        assertThat(params.required("period", "2025-H2", "is required", Period::parse)).isEqualTo(Period.parse("2025-H2"));
        assertThat(params.page("2", "50")).isEqualTo(new PageRequest(2, 50));
        params.throwIfAny();
    }

    @Test
    void aPageThatIsNoNumberIsRefusedOnceAndTheDefaultIsNotRefusedAgain() {
        QueryParams params = new QueryParams();
        params.page("first", "twenty");
        assertThatThrownBy(params::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.invalidParams()).containsExactly(new InvalidParam("page", "must be a whole number"),
                        new InvalidParam("pageSize", "must be a whole number")));
    }
}
