package nl.permitholders.supervision.rebuild;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.pgclient.PgException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.EventNotKnownYetException;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.persistence.UniqueViolation;
import nl.permitholders.supervision.live.FigureChanges;
import nl.permitholders.supervision.projection.Decoded;
import nl.permitholders.supervision.projection.EventDecoder;
import nl.permitholders.supervision.projection.KafkaClientConfig;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionStore;
import nl.permitholders.supervision.rebuild.ProjectionRebuildStore.StoredRebuild;
import nl.permitholders.supervision.verdict.Rejudging;
import nl.permitholders.supervision.verdict.VerdictRecorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Rebuilds the projection from the topics, while the live one keeps serving and consuming.
 * <ol>
 * <li>Every topic is read from its beginning into tables of a schema of its own ({@link ShadowTableStore}), through the
 * same decoder and the same {@link ProjectionStore} as the live consumer, a batch of records at a time, each written
 * while the next is read. The inbox, the ledger and the capacity plans get their keys and indexes once the records on
 * the topics when the rebuild started are in, which is far cheaper than keeping them up to date row by row.</li>
 * <li>Once it has caught up, the live consumers and readers are held off (every live table locked, see {@link #swap}),
 * the last records published since are read, and in that same transaction the rebuilt tables take the live ones' places
 * (a rename).
 * Every event the live projection had applied was on the topics by then, so the rebuilt projection holds it too; events
 * the live consumers have not reached yet are in the rebuilt inbox, and they skip them as already handled.</li>
 * <li>Verdicts, ladder decisions and action plans are supervision's own records, not learned from the topics: they
 * are kept. The closed half-years of every municipality whose ledger the rebuild changed are judged again
 * ({@link ShadowTableStore#municipalitiesChanged}), so a verdict the rebuild changed gets a step in its history
 * ({@value #CAUSE}); the others' verdicts cannot have changed, and the daily judgement ({@code DeadlineWatch}) covers
 * every municipality anyway.</li>
 * </ol>
 * Records that can never be applied are skipped (the live consumer put them on the dead-letter topic), and so are
 * events of a type this version does not know yet (the live consumer keeps them aside, and applies them once it knows
 * them: they are not among the tables a rebuild replaces). One rebuild
 * runs at a time, on whichever instance accepted it; its progress is stored, so every instance can report it. The
 * topics must keep every record (retention.ms=-1) for a rebuild to be complete.
 */
@ApplicationScoped
public class ProjectionRebuildService {

    @Schema(name = "RebuildState")
    public enum State {
        RUNNING, COMPLETED, FAILED, ABANDONED
    }

    static final String SHADOW = ShadowTableStore.SHADOW;
    static final String CAUSE = "projection-rebuilt";
    /** How long the exchange may wait for readers to let go of the live tables before the rebuild gives up. */
    private static final Duration LOCK_PATIENCE = Duration.ofMinutes(2);
    /**
     * How long one attempt waits for the live tables: short, so that readers never queue long behind it, and shorter than
     * PostgreSQL's deadlock_timeout (1 s), so that it is the exchange that gives way, never a reader.
     */
    private static final Duration LOCK_WAIT = Duration.ofMillis(200);
    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(1);
    /** PostgreSQL's lock_not_available: a lock not granted within lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final Logger LOG = Logger.getLogger(ProjectionRebuildService.class);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(10);
    /** At most this much per fetch response (see {@link #consumer()}). */
    private static final int FETCH_BYTES = 448 * 1024;

    @Inject
    Pool pool;

    @Inject
    EventDecoder decoder;

    @Inject
    ProjectionStore store;

    @Inject
    Rejudging rejudging;

    @Inject
    FigureChanges figureChanges;

    @Inject
    KafkaClientConfig kafka;

    @ConfigProperty(name = "supervision.consumed-topics")
    List<String> topics;

    /** A rebuild whose heartbeat is older than this has lost its instance. */
    @ConfigProperty(name = "supervision.rebuild.heartbeat-timeout", defaultValue = "PT2M")
    Duration heartbeatTimeout;

    @ConfigProperty(name = "supervision.rebuild.poll-records", defaultValue = "5000")
    int pollRecords;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    /** Starts a rebuild in the background; refused (409) while another is running. */
    public Uni<RebuildView> start() {
        UUID id = UUID.randomUUID();
        return pool.withTransaction(db -> ProjectionRebuildStore.abandonStopped(db, OffsetDateTime.now().minus(heartbeatTimeout))
                        .chain(() -> ProjectionRebuildStore.insertRunning(db, id)))
                .onFailure(UniqueViolation::isCause).transform(e -> new ConflictException(
                        "A rebuild of the projection is already running; follow its progress at its status resource."))
                .chain(() -> status(id))
                .invoke(() -> worker.submit(() -> run(id)));
    }

    public Uni<RebuildView> status(UUID id) {
        return ProjectionRebuildStore.status(pool, id).map(found -> found.map(ProjectionRebuildService::status).orElse(null));
    }

    public Uni<List<RebuildView>> recent(int limit, int offset) {
        return ProjectionRebuildStore.recent(pool, limit, offset)
                .map(rebuilds -> rebuilds.stream().map(ProjectionRebuildService::status).toList());
    }

    public Uni<Long> count() {
        return ProjectionRebuildStore.count(pool);
    }

    private static RebuildView status(StoredRebuild rebuild) {
        Long total = rebuild.eventsTotal();
        long read = rebuild.eventsRead();
        Double progress = total == null ? null : total == 0 ? 1.0 : Math.min(1.0, (double) read / total);
        return new RebuildView(rebuild.id(), State.valueOf(rebuild.state()), read, total, rebuild.eventsApplied(),
                rebuild.eventsSkipped(), progress, rebuild.startedAt(), rebuild.heartbeatAt(), rebuild.finishedAt(), rebuild.failure());
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdownNow();
    }

    /** The progress of one rebuild, counted as it goes. */
    private static final class Progress {
        final UUID id;
        long total;
        long read;
        long applied;
        long skipped;
        long heartbeatAt = System.nanoTime();

        Progress(UUID id) {
            this.id = id;
        }
    }

    private void run(UUID id) {
        Progress progress = new Progress(id);
        long started = System.nanoTime();
        ShadowTableStore shadow = new ShadowTableStore(pool);
        long bulkRead = 0;
        long keysBuilt = 0;
        long swapped = 0;
        try {
            shadow.prepare();
            try (KafkaConsumer<String, String> consumer = consumer()) {
                List<TopicPartition> partitions = partitions(consumer);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
                // Everything on the topics now, as the live consumer writes it; then the ledger's keys and indexes at once.
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                progress.total = total(beginning, end);
                Set<UUID> registerStatements = new HashSet<>();
                applyInOneTransaction(consumer, end, progress, events -> withoutRestatements(events, registerStatements));
                bulkRead = System.nanoTime();
                shadow.complete();
                keysBuilt = System.nanoTime();
                // Counted again without the events delivered more than once, which the keys' build removed.
                progress.applied = count(SHADOW + ".processed_event");
                heartbeat(progress);
                // What was published meanwhile, without holding anything up...
                end = consumer.endOffsets(partitions);
                progress.total = total(beginning, end);
                applyInOneTransaction(consumer, end, progress, UnaryOperator.identity());
                // ...and the last of it with the live consumers held off, in the transaction that exchanges the tables.
                swap(consumer, partitions, beginning, progress, shadow);
                swapped = System.nanoTime();
            }
            Set<String> toJudge = shadow.municipalitiesChanged();
            shadow.drop();
            Map<String, VerdictRecorder.Cause> causes = new LinkedHashMap<>();
            toJudge.forEach(code -> causes.put(code, new VerdictRecorder.Cause(CAUSE, null)));
            rejudging.judge(causes).await().atMost(STATEMENT_TIMEOUT);
            allMunicipalities().invoke(codes -> figureChanges.changed(codes)).await().atMost(STATEMENT_TIMEOUT);
            finish(progress, State.COMPLETED, null);
            long judged = System.nanoTime();
            // Where the time went, for an operator who wonders why a rebuild took as long as it did.
            LOG.infof("Projection rebuilt from %d events (%d applied, %d skipped) in %d ms: bulk pass %d ms, keys and indexes %d ms, "
                            + "catching up and exchanging %d ms, judging again %d ms (the %d municipalities whose ledgers changed)",
                    progress.read, progress.applied, progress.skipped, millis(started, judged), millis(started, bulkRead),
                    millis(bulkRead, keysBuilt), millis(keysBuilt, swapped), millis(swapped, judged), toJudge.size());
        } catch (Throwable e) {
            String failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (swapped == 0) {
                LOG.errorf(e, "Rebuilding the projection failed; the live projection is unchanged");
            } else {
                // The exchange had committed: the rebuilt projection is live; what failed came after it.
                LOG.errorf(e, "The projection was rebuilt and is live, but what follows the exchange failed; the daily "
                        + "judgement judges every municipality again");
                failure = "the rebuilt projection is live, but afterwards: " + failure;
            }
            try {
                shadow.drop();
            } catch (RuntimeException ignored) {
                // the next rebuild drops it first
            }
            finish(progress, State.FAILED, failure);
        }
    }

    /**
     * Holds the live consumers and readers off, reads what was published since, and puts the rebuilt tables in the live
     * ones' places, all in one transaction: readers see the old projection or the new one, never a mixture.
     * <p>
     * The transaction first takes every live table for itself, waiting at most {@link #LOCK_WAIT} each time. A reader,
     * a judging transaction or autovacuum holding one of them can thus never deadlock with the exchange, and the exchange
     * never makes readers queue behind it for long: when the tables are not all free in time, the transaction ends and
     * a new one tries again, for up to {@link #LOCK_PATIENCE}. (A fresh transaction rather than a savepoint: the SQL
     * client ends a transaction in which a statement failed.)
     */
    private void swap(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> beginning,
                      Progress progress, ShadowTableStore shadow) {
        Predicate<SqlConnection> exchangeOnceFree = connection -> {
            if (!lockEveryLiveTable(connection)) {
                return false;
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            progress.total = total(beginning, end);
            readUntil(consumer, end, progress, events -> store.apply(connection, SHADOW, events));
            shadow.exchange(connection);
            ProjectionStore.raiseEveryVersion(connection).await().atMost(STATEMENT_TIMEOUT);
            return true;
        };
        long deadline = System.nanoTime() + LOCK_PATIENCE.toNanos();
        int attempts = 1;
        while (!inTransaction(exchangeOnceFree)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the live tables were not all free at once within " + LOCK_PATIENCE
                        + " (" + attempts + " attempts); the live projection is unchanged");
            }
            heartbeat(progress);
            attempts++;
        }
        if (attempts > 1) {
            LOG.infof("Rebuild: the live tables were exchanged at attempt %d (others held them before)", attempts);
        }
    }

    /**
     * Runs {@code work} in a transaction on a connection of its own: committed when it answers true, rolled back when
     * it answers false or fails.
     */
    private boolean inTransaction(Predicate<SqlConnection> work) {
        SqlConnection connection = pool.getConnection().await().atMost(STATEMENT_TIMEOUT);
        try {
            Transaction transaction = connection.begin().await().atMost(STATEMENT_TIMEOUT);
            try {
                if (!work.test(connection)) {
                    rollback(transaction, null);
                    return false;
                }
                transaction.commit().await().atMost(STATEMENT_TIMEOUT);
                return true;
            } catch (RuntimeException e) {
                rollback(transaction, e);
                throw e;
            }
        } finally {
            connection.close().await().atMost(STATEMENT_TIMEOUT);
        }
    }

    /**
     * Every live table and its rebuilt copy in ACCESS EXCLUSIVE mode within {@link #LOCK_WAIT}: true, or false if another
     * held one that long. The copies too, so that the exchange's renames never wait with the live tables held.
     */
    private static boolean lockEveryLiveTable(SqlConnection connection) {
        String tables = String.join(", ", ProjectionStore.TABLES.stream()
                .flatMap(t -> Stream.of("public." + t, SHADOW + "." + t)).toList());
        try {
            ProjectionRebuildStore.lockTimeout(connection, LOCK_WAIT).await().atMost(STATEMENT_TIMEOUT);
            ProjectionRebuildStore.lockExclusively(connection, tables).await().atMost(STATEMENT_TIMEOUT);
            ProjectionRebuildStore.noLockTimeout(connection).await().atMost(STATEMENT_TIMEOUT);
            return true;
        } catch (RuntimeException e) {
            if (hasSqlState(e, LOCK_NOT_AVAILABLE) || hasSqlState(e, DEADLOCK_DETECTED)) {
                return false;
            }
            throw e;
        }
    }

    /** Rolls back, unless the client already ended the transaction (a statement in it failed); never hides {@code cause}. */
    private static void rollback(Transaction transaction, RuntimeException cause) {
        try {
            transaction.rollback().await().atMost(STATEMENT_TIMEOUT);
        } catch (RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
            // Otherwise the transaction had ended with its failed statement: nothing to roll back.
        }
    }

    /**
     * Reads up to {@code end} and applies every batch to the rebuilt tables through the store, in one transaction
     * committed once all are written: one wait for the disk rather than one per batch.
     */
    private void applyInOneTransaction(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, Progress progress,
                                       UnaryOperator<List<Decoded>> toApply) {
        inTransaction(connection -> {
            readUntil(consumer, end, progress, events -> store.apply(connection, SHADOW, toApply.apply(events)));
            return true;
        });
    }

    /**
     * The events but the register statements (provinces, municipalities, mergers) applied before, by event id. While the
     * inbox has no key ({@link ShadowTableStore#INDEXED_WHEN_FILLED}) the store takes every event for new, and a statement
     * delivered again must not stand again over one made later; facts delivered again are removed with the keys' build.
     */
    private static List<Decoded> withoutRestatements(List<Decoded> events, Set<UUID> registerStatements) {
        return events.stream().filter(e -> e.changes().stream().allMatch(Fact.class::isInstance) || registerStatements.add(e.event().id()))
                .toList();
    }

    /**
     * Reads and applies each batch until every partition has been read up to {@code end}: a batch is read and decoded
     * while the one before it is written, so that the database and the decoding work side by side.
     */
    private void readUntil(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, Progress progress,
                           Function<List<Decoded>, Uni<List<Decoded>>> apply) {
        CompletableFuture<List<Decoded>> writing = CompletableFuture.completedFuture(List.of());
        while (!reached(consumer, end)) {
            if (stopping) {
                throw new IllegalStateException("the service is stopping");
            }
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                continue;
            }
            List<Decoded> decoded = new ArrayList<>(records.count());
            for (ConsumerRecord<String, String> record : records) {
                try {
                    decoded.add(decoder.decode(IncomingEvent.from(record)));
                } catch (UnreadableEventException | EventNotKnownYetException e) {
                    // Poison is on the dead-letter topic; an event not known yet is kept aside by the live consumer.
                    progress.skipped++;
                }
            }
            progress.read += records.count();
            progress.applied += written(writing).size();
            writing = apply.apply(decoded).subscribeAsCompletionStage();
            if (System.nanoTime() - progress.heartbeatAt > HEARTBEAT_EVERY.toNanos()) {
                heartbeat(progress);
            }
        }
        progress.applied += written(writing).size();
    }

    /** The events a batch applied, once it is written; a batch that failed fails the rebuild. */
    private static List<Decoded> written(CompletableFuture<List<Decoded>> writing) {
        try {
            return writing.get(STATEMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the rebuilt tables", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a batch of the rebuild was not written within " + STATEMENT_TIMEOUT, e);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static boolean hasSqlState(Throwable failure, String sqlState) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && sqlState.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private long count(String table) {
        return ProjectionRebuildStore.rows(pool, table).await().atMost(STATEMENT_TIMEOUT);
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static long total(Map<TopicPartition, Long> beginning, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().mapToLong(e -> e.getValue() - beginning.getOrDefault(e.getKey(), 0L)).sum();
    }

    private void heartbeat(Progress p) {
        p.heartbeatAt = System.nanoTime();
        ProjectionRebuildStore.heartbeat(pool, p.id, p.total, p.read, p.applied, p.skipped).await().atMost(STATEMENT_TIMEOUT);
    }

    private void finish(Progress p, State state, String failure) {
        try {
            ProjectionRebuildStore.finish(pool, p.id, state.name(), p.total, p.read, p.applied, p.skipped, failure)
                    .await().atMost(STATEMENT_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.errorf(e, "The outcome of rebuild %s could not be stored", p.id);
        }
    }

    /** Every municipality anything is known about: the exchange raised each one's ledger version. */
    private Uni<Set<String>> allMunicipalities() {
        return ProjectionRebuildStore.everyKnownMunicipality(pool);
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return topics.stream().flatMap(topic -> Optional.ofNullable(consumer.partitionsFor(topic, Duration.ofSeconds(30))).orElse(List.of())
                .stream().map(info -> new TopicPartition(topic, info.partition()))).toList();
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = kafka.forClient("supervision-rebuild");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(pollRecords));
        // A fetch response is read into one buffer: kept under half of G1's smallest region (1 MB), it is an ordinary
        // allocation, not a "humongous" one that G1 places in old space and collects with a concurrent cycle each time
        // (a million events fetched as 1-8 MB responses cost a rebuild dozens of such cycles on a 256 MB heap).
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(FETCH_BYTES));
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(FETCH_BYTES));
        return new KafkaConsumer<>(config);
    }
}
