package nl.permitholders.supervision.verdict;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A deadline passes without any event: early every day the closed half-years of every municipality are judged, so
 * the verdicts of 1 January and 1 July are stored on the day itself. (After a rebuild of the projection only the
 * municipalities whose ledgers it changed are judged again, by {@code ProjectionRebuildService}.)
 */
@ApplicationScoped
public class DeadlineWatch {

    public static final String CAUSE = "deadline-passed";
    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    @Inject
    Rejudging rejudging;

    @Inject
    Pool pool;

    @Scheduled(cron = "${supervision.deadline-watch.cron:0 15 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> judgeEveryMunicipality() {
        return judgeEveryMunicipality(CAUSE)
                .onFailure().invoke(e -> LOG.warnf("Judging the deadlines failed; the next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** Judges every municipality that has figures again, a few per transaction, naming {@code cause}. */
    private Uni<Void> judgeEveryMunicipality(String cause) {
        return VerdictRecordStore.municipalitiesWithFigures(pool)
                .flatMap(codes -> {
                    Map<String, VerdictRecorder.Cause> causes = new LinkedHashMap<>();
                    for (String code : codes) {
                        causes.put(code, new VerdictRecorder.Cause(cause, null));
                    }
                    return rejudging.judge(causes);
                });
    }
}
