package nl.permitholders.supervision.regime;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.projection.ReadPool;
import nl.permitholders.supervision.regime.RegimeResource.DecisionView;
import nl.permitholders.supervision.regime.RegimeResource.RegimeRequest;
import nl.permitholders.supervision.regime.RegimeResource.RegimeDecided;
import nl.permitholders.supervision.regime.RegimeResource.RegimeView;

/** The supervision regimes province staff decided: a municipality's history, the regimes in force, and recording one. */
@ApplicationScoped
public class Regimes {

    private static final String OF_CODES = "SELECT id, municipality_code, regime, decided_on, reason, decided_by, recorded_at "
            + "FROM supervision_regime_decision WHERE municipality_code = ANY($1)";

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** Each municipality's history of regime decisions, empty for one without. */
    public Uni<Map<String, RegimeHistory>> histories(Collection<String> codes) {
        return pool.preparedQuery(OF_CODES).execute(Tuple.of((Object) codes.toArray(String[]::new))).map(rows -> {
            Map<String, List<RegimeDecision>> decisions = new HashMap<>();
            codes.forEach(code -> decisions.put(code, new ArrayList<>()));
            rows.forEach(row -> decisions.get(row.getString("municipality_code")).add(decision(row)));
            Map<String, RegimeHistory> histories = new HashMap<>();
            decisions.forEach((code, taken) -> histories.put(code, new RegimeHistory(taken)));
            return histories;
        });
    }

    /** The regime as it stands on {@code asOf} (null, or a later date than today: today); 404 for an unknown municipality. */
    public Uni<RegimeView> regime(String code, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = asOf == null || asOf.isAfter(today) ? today : asOf;
        return ledgers.of(code).flatMap(known -> histories(List.of(code)))
                .map(histories -> RegimeView.of(code, asOf, histories.get(code), on));
    }

    /** Records a decision of the caller's, published as {@link RegimeResource#REGIME_DECIDED}; 400 for a date after today. */
    public Uni<DecisionView> decide(String code, RegimeRequest request) {
        if (!RegimeHistory.mayBeDatedOn(request.decidedOn(), LocalDate.now(clock))) {
            return Uni.createFrom().failure(InvalidInputException.of("decidedOn", "cannot be in the future"));
        }
        return transaction.run(() -> ledgers.of(code).flatMap(known -> {
            RegimeDecision decision = new RegimeDecision(UUID.randomUUID(), code, request.regime(), request.decidedOn(),
                    request.reason(), caller.name(), Instant.now().truncatedTo(ChronoUnit.MICROS));
            return RecordedRegimeDecision.of(decision).persist()
                    .call(() -> outbox.append(RegimeResource.REGIME_DECIDED, code,
                            new RegimeDecided(decision.id(), code, decision.regime(), decision.decidedOn())))
                    .replaceWith(() -> DecisionView.of(decision));
        }));
    }

    private static RegimeDecision decision(Row row) {
        return new RegimeDecision(row.getUUID("id"), row.getString("municipality_code"),
                SupervisionRegime.valueOf(row.getString("regime")), row.getLocalDate("decided_on"), row.getString("reason"),
                row.getString("decided_by"), row.getOffsetDateTime("recorded_at").toInstant());
    }
}
