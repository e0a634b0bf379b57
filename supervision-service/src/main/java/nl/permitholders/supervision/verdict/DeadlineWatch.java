package nl.permitholders.supervision.verdict;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A deadline passes without any event: early every day the closed half-years of every municipality are judged, so
 * the verdicts of 1 January and 1 July are stored on the day itself. Also used after the projection was rebuilt.
 */
@ApplicationScoped
public class DeadlineWatch {

    public static final String CAUSE = "deadline-passed";
    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);
    /** Few enough that their ledgers, read at once, stay small beside the heap: a large city's has tens of thousands of entries. */
    private static final int MUNICIPALITIES_PER_TRANSACTION = 20;

    @Inject
    VerdictRecorder verdicts;

    @Inject
    Pool pool;

    @Scheduled(cron = "${supervision.deadline-watch.cron:0 15 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> judgeEveryMunicipality() {
        return judgeEveryMunicipality(CAUSE)
                .onFailure().invoke(e -> LOG.warnf("Judging the deadlines failed; the next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** Judges every municipality that has figures again, a few per transaction, naming {@code cause}. */
    public Uni<Void> judgeEveryMunicipality(String cause) {
        return pool.query("SELECT DISTINCT municipality_code FROM ledger_entry UNION SELECT new_code FROM merger ORDER BY 1").execute()
                .onItem().transformToMulti(rows -> {
                    List<String> codes = new ArrayList<>();
                    for (Row row : rows) {
                        codes.add(row.getString(0));
                    }
                    List<List<String>> chunks = new ArrayList<>();
                    for (int i = 0; i < codes.size(); i += MUNICIPALITIES_PER_TRANSACTION) {
                        chunks.add(codes.subList(i, Math.min(codes.size(), i + MUNICIPALITIES_PER_TRANSACTION)));
                    }
                    return Multi.createFrom().iterable(chunks);
                })
                .onItem().transformToUniAndConcatenate(chunk -> {
                    Map<String, VerdictRecorder.Cause> causes = new LinkedHashMap<>();
                    chunk.forEach(code -> causes.put(code, new VerdictRecorder.Cause(cause, null)));
                    return pool.withTransaction(db -> verdicts.rejudge(db, causes));
                })
                .collect().last()
                .replaceWithVoid();
    }
}
