package nl.permitholders.quota.merger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.quota.quota.QuotaHistory;
import nl.permitholders.quota.quota.QuotaStatus;
import nl.permitholders.quota.quota.QuotaVersion;

/**
 * R3: the half-year that contains a merger, and every later one, belongs wholly to the continuing municipality. Its
 * quota there is its own (when it absorbs the others) plus the merged municipalities' quotas; theirs become 0. The sum
 * is only as fixed as its parts: provisional when one of them is, unless the continuing municipality's own quota is
 * already final (a final quota does not become provisional again, R1: the Rijk fixed it with the others in view).
 */
public final class QuotaTakeOver {

    private QuotaTakeOver() {
    }

    /** The continuing municipality's quota of one half-year after the merger. */
    public record Sum(int persons, QuotaStatus status) {
    }

    /**
     * @param histories every municipality's quota history of the half-year, by code
     * @return empty when neither the continuing municipality nor a merged one has a quota in the half-year
     */
    public static Optional<Sum> of(String continuingCode, List<String> merged, Map<String, QuotaHistory> histories) {
        Optional<QuotaVersion> own = current(continuingCode, histories);
        List<QuotaVersion> parts = merged.stream().map(code -> current(code, histories)).flatMap(Optional::stream).toList();
        if (own.isEmpty() && parts.isEmpty()) {
            return Optional.empty();
        }
        int persons = own.map(QuotaVersion::persons).orElse(0) + parts.stream().mapToInt(QuotaVersion::persons).sum();
        boolean ownFinal = own.map(v -> v.status() == QuotaStatus.FINAL).orElse(false);
        boolean anyProvisional = own.map(v -> v.status() == QuotaStatus.PROVISIONAL).orElse(false)
                || parts.stream().anyMatch(v -> v.status() == QuotaStatus.PROVISIONAL);
        return Optional.of(new Sum(persons, anyProvisional && !ownFinal ? QuotaStatus.PROVISIONAL : QuotaStatus.FINAL));
    }

    private static Optional<QuotaVersion> current(String code, Map<String, QuotaHistory> histories) {
        return Optional.ofNullable(histories.get(code)).flatMap(QuotaHistory::current);
    }
}
