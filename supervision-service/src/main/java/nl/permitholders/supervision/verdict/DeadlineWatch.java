package nl.permitholders.supervision.verdict;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.permitholders.supervision.reference.Municipality;
import org.jboss.logging.Logger;

/**
 * A deadline passes without any event: early every day the closed half-years of every municipality are judged, so
 * the verdicts of 1 January and 1 July are stored on the day itself.
 */
@ApplicationScoped
public class DeadlineWatch {

    static final String CAUSE = "deadline-passed";
    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    @Inject
    VerdictRecorder verdicts;

    @Scheduled(cron = "${supervision.deadline-watch.cron:0 15 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> judgeEveryMunicipality() {
        return Panache.withSession(() -> Municipality.<Municipality>listAll())
                .onItem().transformToMulti(list -> io.smallrye.mutiny.Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(m -> Panache.withTransaction(() -> verdicts.rejudge(m.code, CAUSE, null)))
                .collect().last()
                .onFailure().invoke(e -> LOG.warnf("Judging the deadlines failed; the next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
