package nl.permitholders.quota.exchange;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.QuotaExchanged;
import nl.permitholders.quota.exchange.QuotaExchange.Change;
import nl.permitholders.quota.quota.QuotaVersionStore;
import nl.permitholders.quota.reference.Municipality;
import nl.permitholders.quota.succession.QuotaHolderRule;
import nl.permitholders.quota.succession.RecordedMergers;
import nl.permitholders.quota.succession.RecordedSplits;

/**
 * The one path of recording an exchange of quota (R2): in one transaction, lock the municipalities that exist in the
 * half-year, let {@link QuotaExchange} check the changes against who holds the half-year's quota after mergers and
 * splits ({@link QuotaHolderRule}, R3: a split municipality is no party from its split's half-year on) and each party's quota and earlier exchanges, then store the exchange and append
 * {@link QuotaExchanged} for each party.
 */
@ApplicationScoped
public class ExchangeService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    QuotaVersionStore quotaVersions;

    public Uni<QuotaExchangeRecord> record(Period period, List<Change> changes, String reason) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.lockExistingIn(period).flatMap(existing -> RecordedMergers.all()
                .flatMap(mergers -> RecordedSplits.all().flatMap(splits -> {
            QuotaHolderRule holders = QuotaHolderRule.of(mergers, splits);
            return currentQuotas(period).flatMap(current -> {
                Set<String> codes = existing.stream().map(m -> m.code).collect(Collectors.toSet());
                QuotaExchange.check(period, changes, codes, current, holders).throwIfAny();
                QuotaExchangeRecord exchange = new QuotaExchangeRecord();
                exchange.id = UUID.randomUUID();
                exchange.period = period.toString();
                exchange.reason = reason;
                exchange.recordedAt = now;
                List<String> all = changes.stream().map(Change::municipalityCode).toList();
                Uni<Void> writes = exchange.persist().replaceWithVoid();
                for (Change change : changes) {
                    QuotaExchangeChange row = new QuotaExchangeChange();
                    row.exchangeId = exchange.id;
                    row.municipalityCode = change.municipalityCode();
                    row.delta = change.delta();
                    List<String> partners = all.stream().filter(code -> !code.equals(change.municipalityCode())).toList();
                    writes = writes.call(() -> row.persist())
                            .call(() -> outbox.append(QuotaExchanged.TYPE, change.municipalityCode(), new QuotaExchanged(
                                    exchange.id, change.municipalityCode(), period.toString(), change.delta(), partners)))
                            .replaceWithVoid();
                }
                return writes.replaceWith(exchange);
            });
        }))));
    }

    /** Each municipality's quota in the half-year plus the exchanges it already made in it. */
    private Uni<Map<String, Integer>> currentQuotas(Period period) {
        return quotaVersions.histories(period).flatMap(histories -> QuotaExchangeChange.inHalfYear(period).map(rows -> {
            Map<String, Integer> current = new HashMap<>();
            histories.forEach((code, history) -> current.put(code, history.current().map(v -> v.persons()).orElse(0)));
            rows.forEach(row -> current.merge(row.municipalityCode, row.delta, Integer::sum));
            return current;
        }));
    }
}
