package nl.permitholders.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void theFirstPageOfTwentyByDefault() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 20));
        assertThat(PageRequest.of(3, 10).offset()).isEqualTo(20);
    }

    @Test
    void pagesCountFromOneAndHoldAtMostAHundred() {
        assertThatThrownBy(() -> PageRequest.of(0, 101)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.invalidParams()).extracting(p -> p.name()).containsExactly("page", "pageSize"));
        assertThat(PageRequest.of(1, 100).pageSize()).isEqualTo(100);
    }

    @Test
    void noPageStartsBeyondTheFurthestAQueryCanSkip() {
        assertThat(PageRequest.of(Integer.MAX_VALUE / 100 + 1, 100).offset()).isEqualTo(Integer.MAX_VALUE / 100 * 100);
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE / 100 + 2, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.invalidParams()).containsExactly(new InvalidParam("page", "must be at most 21474837 with pageSize 100")));
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPageSaysHowManyThereAre() {
        Page<Integer> page = Page.slice(List.of(1, 2, 3, 4, 5), new PageRequest(2, 2));
        assertThat(page.items()).containsExactly(3, 4);
        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(Page.slice(List.of(1), new PageRequest(5, 2)).items()).isEmpty();
    }
}
