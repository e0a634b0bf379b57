package nl.permitholders.quota.quota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All versions of one municipality's quota for one half-year. A quota is never overwritten: the Rijk may adjust a
 * half-year afterwards (2023-II went from 27,300 to 17,600 nationally on 10 November 2023), and that adjustment is
 * a new version with its reason, the earlier ones kept (R1).
 */
public final class QuotaHistory {

    private final List<QuotaVersion> versions;

    private QuotaHistory(List<QuotaVersion> versions) {
        this.versions = versions.stream().sorted(Comparator.comparingInt(QuotaVersion::version)).toList();
    }

    public static QuotaHistory of(List<QuotaVersion> versions) {
        return new QuotaHistory(versions);
    }

    public static QuotaHistory empty() {
        return new QuotaHistory(List.of());
    }

    public List<QuotaVersion> versions() {
        return versions;
    }

    public Optional<QuotaVersion> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** This history with one more version. */
    public QuotaHistory with(QuotaVersion version) {
        return new QuotaHistory(java.util.stream.Stream.concat(versions.stream(), java.util.stream.Stream.of(version)).toList());
    }

    /**
     * Sets the quota as the Rijk published it, provisional or final ({@code status} null: the standing status, FINAL for
     * the first). The first version is {@code basis}; a different number later, or the same number fixed by the Rijk
     * (provisional to final), is an {@link QuotaBasis#ADJUSTED} version, except that a {@link QuotaBasis#MERGED} figure
     * stays MERGED: it is the sum of a merger's parts however often it is set (R3), and a receiver's part of a split stays SPLIT. The same number with the same status
     * again is no change (empty). A final quota never becomes provisional again: the Rijk fixes a half-year once and
     * adjusts it afterwards, if at all, with a new final figure.
     */
    public Optional<QuotaVersion> set(int persons, QuotaStatus status, LocalDate publishedOn, String reason, QuotaBasis basis,
                                      Instant at) {
        if (persons < 0) {
            throw new IllegalArgumentException("a quota cannot be negative");
        }
        Optional<QuotaVersion> current = current();
        QuotaStatus standing = current.map(QuotaVersion::status).orElse(null);
        QuotaStatus next = QuotaStatus.asked(status, standing);
        if (standing == QuotaStatus.FINAL && next == QuotaStatus.PROVISIONAL) {
            throw new FinalQuotaStaysFinal(current.get());
        }
        if (current.isPresent() && current.get().persons() == persons && standing == next) {
            return Optional.empty();
        }
        int version = current.map(v -> v.version() + 1).orElse(1);
        QuotaBasis versionBasis = current.isPresent() && basis != QuotaBasis.MERGED && basis != QuotaBasis.SPLIT ? QuotaBasis.ADJUSTED : basis;
        return Optional.of(new QuotaVersion(version, persons, next, publishedOn, versionBasis, reason, at));
    }

    /** A provisional figure offered for a half-year whose quota the Rijk has already fixed. */
    public static final class FinalQuotaStaysFinal extends RuntimeException {

        public FinalQuotaStaysFinal(QuotaVersion fixed) {
            super("the quota is already FINAL (" + fixed.persons() + " persons, version " + fixed.version()
                    + "); a final quota does not become PROVISIONAL again, a change to it is a new FINAL figure");
        }
    }
}
