package nl.permitholders.supervision.store;

import java.util.ArrayList;
import java.util.List;

/**
 * How reading many municipalities' ledgers (judging them all again, a province's or the country's figures) is divided
 * into reads: a few municipalities each, and few enough ledger entries that their rows, read at once, stay small beside
 * the heap (a large city's ledger has tens of thousands of entries, the country's a million after ten years; the
 * database client reads a result into one buffer, and one of more than half a megabyte is a costly object for the
 * garbage collector). A municipality whose ledger alone is larger is read on its own.
 */
public final class LedgerChunks {

    /** A municipality and the number of entries in its ledger. */
    public record Ledger(String municipalityCode, long entries) {
    }

    private LedgerChunks() {
    }

    /** The municipalities in the order given, in chunks of at most {@code maxMunicipalities} and {@code maxEntries}. */
    public static List<List<String>> of(List<Ledger> ledgers, int maxMunicipalities, long maxEntries) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        long entries = 0;
        for (Ledger ledger : ledgers) {
            if (!chunk.isEmpty() && (chunk.size() == maxMunicipalities || entries + ledger.entries() > maxEntries)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                entries = 0;
            }
            chunk.add(ledger.municipalityCode());
            entries += ledger.entries();
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }
}
