package nl.permitholders.supervision.opendata;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.period.Period;
import org.jboss.logging.Logger;

/**
 * The open data's cut-off: early every day the running half-year and the one before are published when their figures
 * are not yet (docs/open-data.md). On the first of a month that is the month just ended (a new version); on other days
 * a version follows only when a figure of a published month changed since (a correction, with the changes as its
 * reason). Older half-years change only when the Rijk publishes them ({@code POST .../open-data/publications}).
 */
@ApplicationScoped
public class MonthlyCutOff {

    private static final Logger LOG = Logger.getLogger(MonthlyCutOff.class);

    @Inject
    OpenDataPublishingService publishing;

    @Inject
    Clock clock;

    @Scheduled(cron = "${supervision.open-data.cron:0 30 1 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> publishTheRunningHalfYears() {
        Period current = Period.containing(LocalDate.now(clock));
        return Multi.createFrom().iterable(List.of(current.previous(), current))
                .filter(period -> PublicationRule.positionDate(period, LocalDate.now(clock)).isPresent())
                .onItem().transformToUniAndConcatenate(period -> publishing.publish(period, null)
                        .invoke(outcome -> outcome.published().ifPresent(v -> LOG.infof("Open data %s version %d published: %s",
                                v.period(), v.version(), v.reason()))))
                .collect().last().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("Publishing the open data failed; the next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
