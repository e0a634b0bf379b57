package nl.permitholders.quota.balance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.OpeningBalanceSet;
import nl.permitholders.quota.reference.Municipality;

/**
 * The one path of setting a municipality's opening balance: in one transaction, lock the municipality, let
 * {@link OpeningBalance#next} decide whether this is a new version, store it and append {@link OpeningBalanceSet}.
 */
@ApplicationScoped
public class OpeningBalanceService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    /** Every version after the write, the newest last; {@code changed} when the write made one. */
    public record Written(List<OpeningBalance> history, boolean changed) {
    }

    public Uni<Written> set(String code, Period period, int backlog) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.lockExisting(code)
                .flatMap(municipality -> OpeningBalanceVersionEntity.history(code))
                .flatMap(history -> {
                    Optional<OpeningBalance> current = history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
                    Optional<OpeningBalance> next = OpeningBalance.next(current, period.toString(), backlog, now);
                    if (next.isEmpty()) {
                        return Uni.createFrom().item(new Written(history, false));
                    }
                    OpeningBalance balance = next.get();
                    List<OpeningBalance> updated = new ArrayList<>(history);
                    updated.add(balance);
                    return OpeningBalanceVersionEntity.of(code, balance).<OpeningBalanceVersionEntity>persist()
                            .call(() -> outbox.append(OpeningBalanceSet.TYPE, code,
                                    new OpeningBalanceSet(code, balance.period(), balance.backlog(), balance.version())))
                            .map(saved -> new Written(updated, true));
                }));
    }
}
