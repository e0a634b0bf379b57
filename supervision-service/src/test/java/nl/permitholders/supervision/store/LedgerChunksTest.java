package nl.permitholders.supervision.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.permitholders.supervision.store.LedgerChunks.Ledger;
import org.junit.jupiter.api.Test;

class LedgerChunksTest {

    @Test
    void ledgersAreReadAFewAtATimeInTheOrderGiven() {
        List<Ledger> ledgers = List.of(new Ledger("GM0141", 10), new Ledger("GM0147", 10), new Ledger("GM0148", 10),
                new Ledger("GM0150", 10), new Ledger("GM0153", 10));

        assertThat(LedgerChunks.of(ledgers, 2, 1_000))
                .containsExactly(List.of("GM0141", "GM0147"), List.of("GM0148", "GM0150"), List.of("GM0153"));
    }

    @Test
    void aChunkHoldsNoMoreLedgerEntriesThanAllowed() {
        List<Ledger> ledgers = List.of(new Ledger("GM0141", 600), new Ledger("GM0147", 300), new Ledger("GM0148", 200),
                new Ledger("GM0150", 900));

        assertThat(LedgerChunks.of(ledgers, 20, 1_000))
                .containsExactly(List.of("GM0141", "GM0147"), List.of("GM0148"), List.of("GM0150"));
    }

    @Test
    void aLedgerLargerThanAllowedIsReadOnItsOwn() {
        List<Ledger> ledgers = List.of(new Ledger("GM0141", 10), new Ledger("GM0363", 25_000), new Ledger("GM0150", 10));

        assertThat(LedgerChunks.of(ledgers, 20, 1_000))
                .containsExactly(List.of("GM0141"), List.of("GM0363"), List.of("GM0150"));
        assertThat(LedgerChunks.of(List.of(), 20, 1_000)).isEmpty();
    }
}
