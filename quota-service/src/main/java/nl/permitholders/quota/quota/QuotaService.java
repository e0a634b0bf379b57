package nl.permitholders.quota.quota;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.csv.ImportRefusals;
import nl.permitholders.quota.csv.ImportReport;
import nl.permitholders.quota.csv.CsvFile;
import nl.permitholders.quota.events.QuotaEvents.QuotaSet;
import nl.permitholders.quota.succession.QuotaHolderRule;
import nl.permitholders.quota.succession.RecordedMergers;
import nl.permitholders.quota.succession.RecordedSplits;
import nl.permitholders.quota.reference.Municipality;

/**
 * The one path of setting municipalities' quotas as the Rijk published them, one at a time or as its table of a
 * half-year: in one transaction, lock the municipalities, let {@link QuotaHolderRule} refuse a municipality that does not
 * hold the half-year's quota (merged into another, R3) and {@link QuotaHistory} decide each new version (a FINAL quota
 * stays FINAL), store it and append {@link QuotaSet} to the outbox.
 */
@ApplicationScoped
public class QuotaService {

    private static final Set<String> STATUSES = Set.of(QuotaStatus.PROVISIONAL.name(), QuotaStatus.FINAL.name());

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    QuotaVersionStore quotaVersions;

    /** A municipality's quota history after a write, and the version the write made (empty: it changed nothing). */
    public record Written(QuotaHistory history, Optional<QuotaVersion> version) {
    }

    /**
     * Sets one municipality's quota (basis IMPORTED).
     *
     * @throws InvalidInputException naming {@code status} when a PROVISIONAL figure is offered for a FINAL quota, and
     *                               {@code code} when the municipality does not hold the half-year's quota (R3)
     */
    public Uni<Written> set(String code, Period period, int persons, QuotaStatus status, LocalDate publishedOn, String reason) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.lockExisting(code)
                .call(municipality -> RecordedMergers.all().flatMap(mergers -> RecordedSplits.all().invoke(splits ->
                        QuotaHolderRule.of(mergers, splits).refusal(code, period).ifPresent(refusal -> {
                            throw InvalidInputException.of("code", refusal);
                        }))))
                .flatMap(municipality -> QuotaVersionEntity.history(code, period))
                .flatMap(history -> next(history, persons, status, publishedOn, reason, now)
                        .map(version -> QuotaVersionEntity.of(code, period, version).<QuotaVersionEntity>persist()
                                .call(saved -> outbox.append(QuotaSet.TYPE, code, saved.published()))
                                .map(saved -> new Written(history.with(version), Optional.of(version))))
                        .orElseGet(() -> Uni.createFrom().item(new Written(history, Optional.empty())))));
    }

    /**
     * Imports the Rijk's table of a half-year, lines code;name;quota[;status;published_on]: all or nothing, every refused
     * line listed. A line's municipality exists in the half-year and holds its quota: one merged into another by the
     * half-year's end is refused naming who holds it (R3), a municipality formed in it is taken.
     */
    public Uni<ImportReport> importTable(Period period, List<CsvFile.Row> rows, String reason) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.lockExistingIn(period).flatMap(existing -> RecordedMergers.all().flatMap(mergers -> RecordedSplits.all().flatMap(splits -> {
            Set<String> codes = existing.stream().map(m -> m.code).collect(Collectors.toSet());
            QuotaHolderRule holders = QuotaHolderRule.of(mergers, splits);
            ImportRefusals refusals = new ImportRefusals();
            Map<String, QuotaVersionStore.Figure> quotas = new TreeMap<>();
            for (CsvFile.Row row : rows) {
                String code = refusals.municipalityCode(row);
                Integer quota = row.wholeNumber(2);
                String status = row.field(3).toUpperCase(Locale.ROOT);
                LocalDate publishedOn = date(row.field(4));
                if (code == null) {
                    continue;
                }
                Optional<String> notTheHolder = holders.refusal(code, period);
                if (!codes.contains(code)) {
                    refusals.refuse(row, code + " is not a municipality that exists in " + period);
                } else if (notTheHolder.isPresent()) {
                    refusals.refuse(row, notTheHolder.get());
                } else if (quota == null) {
                    refusals.refuse(row, "quota '" + row.field(2) + "' must be a whole number of 0 or more, digits only");
                } else if (!status.isEmpty() && !STATUSES.contains(status)) {
                    refusals.refuse(row, "status '" + row.field(3) + "' must be PROVISIONAL or FINAL, or empty");
                } else if (!row.field(4).isEmpty() && (publishedOn == null || publishedOn.isAfter(LocalDate.now()))) {
                    refusals.refuse(row, "published_on '" + row.field(4) + "' must be a date yyyy-mm-dd not after today, or empty");
                } else {
                    quotas.put(code, new QuotaVersionStore.Figure(quota, status.isEmpty() ? null : QuotaStatus.valueOf(status), publishedOn));
                }
            }
            refusals.throwIfAny();
            return quotaVersions.set(period, quotas, QuotaBasis.IMPORTED, reason, now)
                    .map(changed -> new ImportReport(rows.size(), 0, changed, rows.size() - changed));
        }))));
    }

    private static Optional<QuotaVersion> next(QuotaHistory history, int persons, QuotaStatus status, LocalDate publishedOn,
                                               String reason, Instant now) {
        try {
            return history.set(persons, status, publishedOn, reason, QuotaBasis.IMPORTED, now);
        } catch (QuotaHistory.FinalQuotaStaysFinal e) {
            throw InvalidInputException.of("status", "PROVISIONAL is refused: " + e.getMessage());
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
