package nl.permitholders.supervision.figures;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Known;
import nl.permitholders.supervision.reference.Merger;
import nl.permitholders.supervision.reference.Municipality;

/**
 * Municipalities' ledgers as last read from the projection, kept in memory and brought up to date with the facts this
 * instance's own consumer commits, so that a municipality's figures after an event are computed without reading its
 * whole ledger again (thousands of rows for a large city, once per event).
 * <p>
 * Every transaction that changes the projection raises its version by one ({@code ProjectionVersion}). The cache holds
 * to three rules:
 * <ul>
 * <li>A ledger is put with the version of the snapshot it was read in. It is refused when a change of its municipality
 * after that snapshot has already been told (the ledger lacks it and would never hear of it again).</li>
 * <li>The consumer tells of each transaction it committed, with its version. While those versions follow each other,
 * each kept ledger a transaction touched gets its new facts; one whose register entry or merger changed is dropped.
 * A version that skips one means another writer changed the projection (another instance's consumer, a rebuild's
 * exchange): if the projection's change log says which municipalities the skipped versions changed
 * ({@link #othersChanged}), only their ledgers are dropped; otherwise everything kept is dropped, and keeping starts
 * over from that version. A version told late, after a newer one, is already in every snapshot taken since.</li>
 * <li>A ledger serves a reader that saw version {@code v} if the ledger is at least that new: its snapshot was taken at
 * {@code v} or later, or the cache has been told of every change up to {@code v}. Otherwise the reader reads the
 * database, as without the cache.</li>
 * </ul>
 * Only a municipality that took over no other's backlog is kept: a merger's predecessors' facts would change it
 * without touching it. At most {@code maxEntries} ledger entries are kept; the ledgers used longest ago go first.
 */
public final class KeptLedgers {

    /** Before anything was told: no version to keep ledgers from. */
    private static final long NOTHING_TOLD = Long.MAX_VALUE;

    /** A municipality's register entry, own merger and ledger entries, complete up to {@code version}. */
    public static final class Kept {

        private final String code;
        private final long version;
        private final Municipality municipality;
        private final Optional<Merger> mergedInto;
        private final List<LedgerEntry> entries;
        private volatile Known known;

        public Kept(String code, long version, Municipality municipality, Optional<Merger> mergedInto, List<LedgerEntry> entries) {
            this(code, version, municipality, mergedInto, entries, null);
        }

        /** As read: {@code known} is the municipality built from the same entries. */
        Kept(long version, Known known, List<LedgerEntry> entries) {
            this(known.code(), version, known.municipality(), known.mergedInto(), entries, known);
        }

        private Kept(String code, long version, Municipality municipality, Optional<Merger> mergedInto, List<LedgerEntry> entries,
                     Known known) {
            this.code = code;
            this.version = version;
            this.municipality = municipality;
            this.mergedInto = mergedInto;
            this.entries = List.copyOf(entries);
            this.known = known;
        }

        public long version() {
            return version;
        }

        /** The municipality as {@link MunicipalityLedgers} reads it, built once. */
        public Known known() {
            Known built = known;
            if (built == null) {
                built = new Known(code, municipality, new BacklogLedger(code, entries, Optional.empty()), mergedInto);
                known = built;
            }
            return built;
        }

        Kept with(List<LedgerEntry> facts, long newVersion) {
            List<LedgerEntry> all = new ArrayList<>(entries.size() + facts.size());
            all.addAll(entries);
            // As the database gives them back: in UTC, to the microsecond (corrections are ordered by this time).
            facts.forEach(f -> all.add(f.occurredAt() == null ? f
                    : f.at(f.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))));
            return new Kept(code, newVersion, municipality, mergedInto, all);
        }

        int size() {
            return entries.size();
        }
    }

    private final int maxEntries;
    /** In order of use, least recent first. */
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    /** The version of the last change told per municipality, since {@link #keptSince}. */
    private final Map<String, Long> changedAt = new HashMap<>();
    /** Every change after this version has been told (in order, none skipped) up to {@link #toldThrough}. */
    private long keptSince = NOTHING_TOLD;
    private long toldThrough = -1;
    private int entries;

    public KeptLedgers(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The kept ledger of {@code code} if it is at least as new as {@code version}. */
    public synchronized Optional<Kept> get(String code, long version) {
        Kept ledger = kept.get(code);
        if (ledger == null || version > Math.max(ledger.version, toldThrough)) {
            return Optional.empty();
        }
        return Optional.of(ledger);
    }

    /** Keeps a ledger read in a snapshot of version {@code ledger.version()}, unless it lacks a change told since. */
    public synchronized void put(Kept ledger) {
        if (ledger.version < keptSince || changedAt.getOrDefault(ledger.code, Long.MIN_VALUE) > ledger.version
                || ledger.size() > maxEntries) {
            return;
        }
        Kept old = kept.get(ledger.code);
        if (old != null && old.version >= ledger.version) {
            return;
        }
        replace(ledger.code, ledger);
        evictBeyondMax(ledger.code);
    }

    /**
     * A transaction of this instance committed, raising the projection to {@code version}: the new facts per
     * municipality, and the municipalities whose register entry or merger it stated.
     */
    public synchronized void committed(long version, Map<String, List<LedgerEntry>> facts, Set<String> restated) {
        if (keptSince != NOTHING_TOLD && version <= toldThrough) {
            return;
        }
        if (keptSince == NOTHING_TOLD || version != toldThrough + 1) {
            kept.clear();
            changedAt.clear();
            entries = 0;
            keptSince = version;
            toldThrough = version;
            return;
        }
        // Register statements first: a ledger given this change's facts would be as new as the change, and kept.
        drop(restated, version);
        facts.forEach((code, added) -> {
            changedAt.put(code, version);
            Kept ledger = kept.get(code);
            if (ledger != null && ledger.version < version) {
                replace(code, ledger.with(added, version));
            }
        });
        toldThrough = version;
        evictBeyondMax(null);
    }

    /** The version through which every change has been told, or -1 before any was; where {@link #othersChanged} goes on from. */
    public synchronized long toldThrough() {
        return keptSince == NOTHING_TOLD ? -1 : toldThrough;
    }

    /**
     * The versions after {@code from} through {@code through} were written by another writer (another instance's consumer)
     * and changed the municipalities {@code codes}, as the projection's change log says: their kept ledgers are dropped,
     * and the others stay, complete through {@code through}. Changes nothing unless every version through {@code from}
     * has been told and none after it; the skipped versions then drop everything when the next is told, as without it.
     */
    public synchronized void othersChanged(long from, long through, Set<String> codes) {
        if (keptSince == NOTHING_TOLD || from != toldThrough || through <= from) {
            return;
        }
        // Changed somewhere after from: a ledger read before through may lack it.
        drop(codes, through);
        toldThrough = through;
    }

    /** The municipalities changed at {@code version}: a ledger of theirs read before it is dropped, and not kept again. */
    private void drop(Set<String> codes, long version) {
        for (String code : codes) {
            changedAt.put(code, version);
            Kept ledger = kept.get(code);
            if (ledger != null && ledger.version < version) {
                replace(code, null);
            }
        }
    }

    /** Entries kept, over all ledgers. */
    public synchronized int entries() {
        return entries;
    }

    private void replace(String code, Kept ledger) {
        Kept old = ledger == null ? kept.remove(code) : kept.put(code, ledger);
        entries += (ledger == null ? 0 : ledger.size()) - (old == null ? 0 : old.size());
    }

    private void evictBeyondMax(String keep) {
        Iterator<Map.Entry<String, Kept>> oldestFirst = kept.entrySet().iterator();
        while (entries > maxEntries && oldestFirst.hasNext()) {
            Map.Entry<String, Kept> oldest = oldestFirst.next();
            if (!oldest.getKey().equals(keep)) {
                entries -= oldest.getValue().size();
                oldestFirst.remove();
            }
        }
    }
}
