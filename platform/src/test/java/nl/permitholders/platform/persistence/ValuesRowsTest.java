package nl.permitholders.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A bulk write's rows go in chunks of a few sizes only, so that a statement has a few texts whatever the number of rows. */
class ValuesRowsTest {

    private static List<Integer> sizes(int rows) {
        return ValuesRows.chunks(IntStream.range(0, rows).boxed().toList()).stream().map(List::size).toList();
    }

    @Test
    void fullChunksThenTheRestInPowersOfTwoEveryRowOnceInItsOrder() {
        assertThat(sizes(2_700)).containsExactly(1000, 1000, 512, 128, 32, 16, 8, 4);
        assertThat(sizes(1)).containsExactly(1);
        assertThat(sizes(0)).isEmpty();
        List<Integer> rows = IntStream.range(0, 2_345).boxed().toList();
        assertThat(ValuesRows.chunks(rows).stream().flatMap(List::stream).toList()).isEqualTo(rows);
    }

    @Test
    void whateverTheNumberOfRowsAStatementHasAtMostElevenSizes() {
        Set<Integer> all = new TreeSet<>();
        IntStream.rangeClosed(1, 5_000).forEach(rows -> all.addAll(sizes(rows)));

        assertThat(all).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000);
    }

    @Test
    void theValuesListNumbersEveryParameterRowByRow() {
        assertThat(ValuesRows.of(2, 2)).isEqualTo("(?1, ?2), (?3, ?4)");
        assertThat(ValuesRows.ofSqlClient(2, 3)).isEqualTo("($1, $2, $3), ($4, $5, $6)");
    }
}
