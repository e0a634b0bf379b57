package nl.permitholders.placement.couplingimport;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingService;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.couplingimport.CoaRecordRule.Judgement;
import nl.permitholders.placement.couplingimport.CoaRecordRule.Steps;
import nl.permitholders.placement.couplingimport.CouplingImportStore.Counts;
import nl.permitholders.placement.couplingimport.CouplingImportStore.Pending;
import nl.permitholders.placement.couplingimport.CouplingImportStore.Refusal;
import nl.permitholders.placement.couplingimport.CouplingImportStore.Staged;
import nl.permitholders.placement.couplingimport.CouplingImportStore.Stored;
import nl.permitholders.placement.events.PlacementEvents.CouplingCancelled;
import nl.permitholders.placement.events.PlacementEvents.CouplingImportCompleted;
import nl.permitholders.placement.events.PlacementEvents.CouplingRegistered;
import nl.permitholders.placement.events.PlacementEvents.PlacementRecorded;
import nl.permitholders.placement.events.PlacementEvents.ReunificationArrived;
import nl.permitholders.placement.placement.FollowUpHousing;
import nl.permitholders.placement.placement.Placement;
import nl.permitholders.placement.placement.PlacementService;
import nl.permitholders.placement.reunification.Reunification;
import nl.permitholders.placement.reunification.ReunificationService;
import nl.permitholders.platform.api.ContentTooLargeException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.audit.AuditNote;
import nl.permitholders.platform.audit.WriteLogStore;
import nl.permitholders.platform.imports.TableFile;
import nl.permitholders.platform.imports.TableFormat;
import nl.permitholders.platform.imports.TableHeader;
import nl.permitholders.platform.imports.TableRow;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.Outbox.NotedEvent;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * COA's records taken in at once: a province's or the country's history of couplings with their placements, family
 * reunifications and cancellations ({@link CoaRecordFile}), as the single writes would have made them, one household
 * per line. The request streams the file to disk and reads it line by line into the import (bounded memory, whatever
 * its length); then one transaction judges every line by the single writes' rules ({@link CoaRecordRule}) and, only
 * when none is refused, stores every household with the same events on placement.events as the single writes publish
 * and an audit entry for each in the sender's name, then the import's completion. All or nothing: a refused line
 * refuses the file, naming every refused line. A small file is answered in its request; a larger one is processed
 * right after it, by the scheduler, and followed through the import's status.
 */
@ApplicationScoped
public class CouplingImportService {

    private static final Logger LOG = Logger.getLogger(CouplingImportService.class);

    /** A file's size at most: some 400,000 lines of CSV, ten years of the whole country. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Lines a file holds at most, besides its header. */
    public static final int MAX_LINES = 250_000;
    /** Files of at most this many lines are answered in their request (201 or 400); larger ones with 202. */
    public static final int ANSWERED_IN_REQUEST = 1_000;
    public static final int FILE_NAME_MAX = 200;
    /** Lines judged, and stored, at a time. */
    private static final int CHUNK = 1_000;
    private static final Duration STORE_WAIT = Duration.ofMinutes(2);

    @Inject
    CouplingImportStore store;

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    WriteLogStore writeLog;

    @Inject
    Mergers mergers;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Which housing is temporary, as for a single placement (PlacementService, docs/configuration.md). */
    @ConfigProperty(name = "placement.flex-homes-are-temporary-housing", defaultValue = "false")
    boolean flexHomesAreTemporary;

    /** A file as sent: its name, its kind and its body, read once. */
    public record Upload(String fileName, TableFormat format, InputStream body) {
    }

    /** The import made of a file, and whether it has ended already (a small file: accepted, as a refused one is a 400). */
    public record Received(UUID id, boolean ended) {
    }

    /**
     * Reads the file into a new import, in the caller's name; blocks, on a worker thread. A file of at most
     * {@link #ANSWERED_IN_REQUEST} lines is processed before this returns, and when refused nothing of it is kept (400
     * naming every refused line); a larger one waits for the scheduler. 400 for a file that cannot be read at all or
     * lacks a column, 413 beyond {@link #MAX_BYTES} or {@link #MAX_LINES}.
     */
    public Received receive(Upload upload) {
        WriteLogStore.Actor sender = writeLog.actor();
        String role = caller.is(Roles.COA) ? Roles.COA : Roles.RIJK;
        Path file;
        try {
            file = TableFile.spool(upload.body(), MAX_BYTES, "The file");
        } catch (IOException e) {
            throw new UncheckedIOException("the file could not be received", e);
        }
        UUID id = UUID.randomUUID();
        Reading reading = new Reading(id, upload, sender, role);
        try {
            // Judged whole before anything is stored: its header, and whether it has too many lines.
            TableHeader<CoaRecordFile.Column> header = header(file, upload.format());
            TableFile.read(file, upload.format(), "file", row -> reading.take(header, row));
            reading.finish();
        } catch (RuntimeException e) {
            if (reading.opened) {
                await(store.delete(id));
            }
            throw e;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("The spooled upload %s could not be deleted: %s", file, e.getMessage());
            }
        }
        if (reading.lines > ANSWERED_IN_REQUEST) {
            return new Received(id, false);
        }
        try {
            VertxContextSupport.subscribeAndAwait(() -> process(id));
        } catch (Throwable e) {
            await(store.delete(id));
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the import could not be processed", e);
        }
        return new Received(id, true);
    }

    /** The file's header; 400 for a file without lines or a column, 413 for one with too many lines. */
    private static TableHeader<CoaRecordFile.Column> header(Path file, TableFormat format) {
        List<TableHeader<CoaRecordFile.Column>> header = new ArrayList<>(1);
        int[] lines = {0};
        TableFile.read(file, format, "file", row -> {
            if (header.isEmpty()) {
                header.add(TableHeader.of(row, CoaRecordFile.Column.class));
            } else if (++lines[0] > MAX_LINES) {
                throw ContentTooLargeException.lines("The file", MAX_LINES);
            }
            return true;
        });
        if (header.isEmpty()) {
            throw InvalidInputException.of("file", "is empty: expected a header (" + String.join(";", required())
                    + ") and a line per household");
        }
        if (lines[0] == 0) {
            throw InvalidInputException.of("file", "has a header but no lines");
        }
        return header.get(0);
    }

    /** The file read row by row after its header, its lines stored a chunk at a time. */
    private final class Reading {

        private final UUID id;
        private final Upload upload;
        private final WriteLogStore.Actor sender;
        private final String role;
        private boolean opened;
        private int lines;
        private int unreadable;
        private int refusals;
        private final List<Staged> staged = new ArrayList<>(CHUNK);
        private final List<Refusal> refused = new ArrayList<>();

        Reading(UUID id, Upload upload, WriteLogStore.Actor sender, String role) {
            this.id = id;
            this.upload = upload;
            this.sender = sender;
            this.role = role;
        }

        boolean take(TableHeader<CoaRecordFile.Column> header, TableRow row) {
            if (!opened) {
                await(store.open(new CouplingImportStore.Opened(id, upload.fileName(), upload.format().name(), true, sender, role,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))));
                opened = true;
                return true; // the header
            }
            lines++;
            CoaRecordFile.Read read = CoaRecordFile.read(header, row);
            staged.add(new Staged(row.line(), read.record()));
            if (read.record() == null) {
                unreadable++;
                read.refusals().forEach(r -> refused.add(new Refusal(row.line(), r.name(), r.reason())));
            }
            if (staged.size() == CHUNK) {
                flush();
            }
            return true;
        }

        void finish() {
            flush();
            await(store.received(id, lines, unreadable, lines <= ANSWERED_IN_REQUEST));
        }

        private void flush() {
            await(store.stage(id, List.copyOf(staged)).call(() -> store.refuse(id, refusals + 1, List.copyOf(refused))));
            refusals += refused.size();
            staged.clear();
            refused.clear();
        }
    }

    private static List<String> required() {
        return java.util.Arrays.stream(CoaRecordFile.Column.values()).filter(CoaRecordFile.Column::required)
                .map(CoaRecordFile.Column::header).toList();
    }

    private static <T> T await(Uni<T> step) {
        return step.await().atMost(STORE_WAIT);
    }

    /** Takes the imports waiting, one after the other; an import another instance is processing is left to it. */
    @Scheduled(every = "${placement.coupling-imports.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> processWaiting() {
        return store.forgetAbandoned().chain(store::waiting).chain(ids -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (UUID id : ids) {
                all = all.chain(() -> process(id).replaceWithVoid().onFailure().call(failure -> {
                    LOG.warnf("Coupling import %s could not be processed and has FAILED (%s); nothing of it was stored", id,
                            failure.toString());
                    return store.failed(id);
                }).onFailure().recoverWithNull().replaceWithVoid());
            }
            return all;
        }).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** How an attempt to process an import ended. */
    enum Outcome {
        ACCEPTED, REFUSED, TAKEN_ELSEWHERE, ENDED_BEFORE
    }

    /**
     * Judges every line and, when none is refused, stores them all, in one transaction in the sender's name. A refused
     * import answered in its request fails with the refusals (400) and stores nothing; another is kept refused.
     */
    Uni<Outcome> process(UUID id) {
        return store.pending(id).flatMap(pending -> {
            if (pending == null || List.of("ACCEPTED", "REFUSED", "FAILED").contains(pending.state())) {
                return Uni.createFrom().item(Outcome.ENDED_BEFORE);
            }
            // A new attempt for every run: a run that lost a race on a new COA reference is run again from the start.
            java.util.concurrent.atomic.AtomicReference<Processing> attempt = new java.util.concurrent.atomic.AtomicReference<>();
            return writeLog.attributing(pending.sender(), () -> transaction.runRetryingUniqueRace(() -> store.lock(id)
                    .flatMap(locked -> {
                        if (!locked) {
                            return Uni.createFrom().item(Outcome.TAKEN_ELSEWHERE);
                        }
                        attempt.set(new Processing(pending));
                        return attempt.get().run();
                    })))
                    .invoke(outcome -> {
                        if (outcome == Outcome.ACCEPTED || outcome == Outcome.REFUSED) {
                            attempt.get().logEnd(outcome.name());
                        }
                    });
        });
    }

    /** One attempt at an import, in its transaction: check every line, then store them. */
    private final class Processing {

        private final Pending pending;
        private final UUID id;
        private final LocalDate today = LocalDate.now(clock);
        private final FollowUpHousing followUp = FollowUpHousing.of(flexHomesAreTemporary);
        private Succession succession;
        private Map<Integer, Integer> repeated;
        private int checked;
        private int refusedLines;
        private int refusals;
        private int stored;
        private int unchanged;
        private int couplingsRegistered;
        private int placementsRecorded;
        private int reunificationsRecorded;
        private int couplingsCancelled;
        private int events;
        private UUID firstEvent;
        private UUID lastEvent;

        Processing(Pending pending) {
            this.pending = pending;
            this.id = pending.id();
        }

        Uni<Outcome> run() {
            return mergers.recorded().invoke(read -> succession = read)
                    .chain(() -> store.repeatedReferences(id)).invoke(read -> repeated = read)
                    .chain(() -> store.refusalCount(id)).invoke(count -> refusals = count)
                    .chain(() -> progress("CHECKING"))
                    .chain(() -> check(0))
                    .chain(() -> refusedLines + pending.linesRefused() > 0 ? refuse() : progress("STORING").chain(() -> store(0)));
        }

        private Uni<Void> progress(String state) {
            return store.progress(id, state, checked, stored);
        }

        /** Judges the lines after {@code afterLine}, a chunk at a time, keeping every refusal. */
        private Uni<Void> check(int afterLine) {
            return store.lines(id, afterLine, CHUNK).flatMap(lines -> {
                if (lines.isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                return stored(lines).flatMap(byReference -> {
                    List<Refusal> found = new ArrayList<>();
                    for (Staged line : lines) {
                        checked++;
                        List<InvalidParam> refused = refusalsOf(line, byReference);
                        if (!refused.isEmpty()) {
                            refusedLines++;
                            refused.forEach(r -> found.add(new Refusal(line.line(), r.name(), r.reason())));
                        }
                    }
                    int first = refusals + 1;
                    refusals += found.size();
                    return store.refuseInTransaction(id, first, found);
                }).chain(() -> progress("CHECKING")).chain(() -> check(lines.get(lines.size() - 1).line()));
            });
        }

        /** Why the line is refused; none when it is not (a line that cannot be read was refused when it was read). */
        private List<InvalidParam> refusalsOf(Staged line, Map<String, Stored> byReference) {
            if (line.record() == null) {
                return List.of();
            }
            Integer first = repeated.get(line.line());
            if (first != null) {
                return List.of(new InvalidParam(CoaRecordFile.name(line.line(), CoaRecordFile.Column.COA_REFERENCE),
                        line.record().coaReference() + " is on line " + first + " already; a household is one line"));
            }
            return judge(line.record(), byReference).refusals();
        }

        private Judgement judge(CoaRecord line, Map<String, Stored> byReference) {
            Stored coupling = byReference.get(line.coaReference());
            return CoaRecordRule.judge(line, coupling == null ? null : coupling.known(), succession, today, followUp);
        }

        private Uni<Map<String, Stored>> stored(List<Staged> lines) {
            return store.stored(lines.stream().filter(line -> line.record() != null).map(line -> line.record().coaReference())
                    .distinct().toList());
        }

        /** Keeps the refusals; an import answered in its request fails with them instead, and nothing is kept. */
        private Uni<Outcome> refuse() {
            int refused = refusedLines + pending.linesRefused();
            if (pending.answeredInRequest()) {
                return store.refusalsInTransaction(id).map(all -> {
                    throw new InvalidInputException(all.stream().map(r -> new InvalidParam(r.name(), r.reason())).toList());
                });
            }
            return store.refused(id, checked, refused)
                    .chain(() -> completed("REFUSED", refused))
                    .replaceWith(Outcome.REFUSED);
        }

        /** Stores the lines after {@code afterLine}, a chunk at a time, each judged again as it was checked. */
        private Uni<Outcome> store(int afterLine) {
            return store.lines(id, afterLine, CHUNK).flatMap(lines -> {
                if (lines.isEmpty()) {
                    return accept();
                }
                return stored(lines).flatMap(byReference -> storeChunk(lines, byReference))
                        .chain(() -> progress("STORING"))
                        .chain(() -> store(lines.get(lines.size() - 1).line()));
            });
        }

        private Uni<Void> storeChunk(List<Staged> lines, Map<String, Stored> byReference) {
            Chunk chunk = new Chunk();
            for (Staged line : lines) {
                Judgement judgement = judge(line.record(), byReference);
                if (judgement.refused()) {
                    // The couplings are locked since they were checked: nothing can have changed them.
                    throw new IllegalStateException("line " + line.line() + " was accepted when checked and refused when stored");
                }
                chunk.add(line.record(), byReference.get(line.record().coaReference()), judgement.steps());
                stored++;
            }
            return store.insertCouplings(chunk.registered)
                    .chain(() -> store.updateCouplings(chunk.changed))
                    .chain(() -> store.insertPlacements(chunk.placements))
                    .chain(() -> store.insertReunifications(chunk.reunifications))
                    .chain(() -> outbox.appendAll(chunk.events))
                    .invoke(ids -> {
                        if (!ids.isEmpty()) {
                            firstEvent = firstEvent == null ? ids.get(0) : firstEvent;
                            lastEvent = ids.get(ids.size() - 1);
                        }
                    })
                    .replaceWithVoid();
        }

        private final long begin = System.nanoTime();

        /** Once its transaction has committed: what it did, and how long it took. */
        void logEnd(String state) {
            LOG.infof("Coupling import %s (%s, %d lines) %s in %.1f s: %d couplings registered, %d placements, %d reunifications "
                            + "and %d cancellations recorded, %d lines unchanged, %d lines refused, %d events", id, pending.fileName(),
                    pending.lines(), state, (System.nanoTime() - begin) / 1e9, couplingsRegistered, placementsRecorded,
                    reunificationsRecorded, couplingsCancelled, unchanged, refusedLines + pending.linesRefused(), events);
        }

        private Uni<Outcome> accept() {
            Counts counts = new Counts(checked, stored, unchanged, couplingsRegistered, placementsRecorded, reunificationsRecorded,
                    couplingsCancelled, events);
            Uni<long[]> outboxIds = firstEvent == null ? Uni.createFrom().nullItem() : store.outboxIds(firstEvent, lastEvent);
            return outboxIds.flatMap(ids -> store.accepted(id, counts, ids))
                    .chain(() -> completed("ACCEPTED", 0))
                    .replaceWith(Outcome.ACCEPTED);
        }

        /** The import's own event, after all its households' events; its audit entry is the import's, in the sender's name. */
        private Uni<Void> completed(String state, int refused) {
            CouplingImportCompleted event = new CouplingImportCompleted(id, state, pending.lines(), refused, couplingsRegistered,
                    placementsRecorded, reunificationsRecorded, couplingsCancelled, events);
            String details = "COA's records from " + pending.fileName() + ", " + pending.lines() + " lines: " + state
                    + (refused > 0 ? ", " + refused + " lines refused" : ", " + couplingsRegistered + " couplings registered, "
                    + placementsRecorded + " placements, " + reunificationsRecorded + " reunifications and " + couplingsCancelled
                    + " cancellations recorded, " + unchanged + " lines changed nothing");
            return outbox.appendAll(List.of(new NotedEvent(CouplingImportCompleted.TYPE, CouplingImportCompleted.SUBJECT, event,
                    new AuditNote(pending.senderRole(), id, id, null, details)))).replaceWithVoid();
        }

        /** What a chunk of lines stores, and the events it publishes in the order the single writes would have. */
        private final class Chunk {

            final List<Coupling> registered = new ArrayList<>();
            final List<Coupling> changed = new ArrayList<>();
            final List<Placement> placements = new ArrayList<>();
            final List<Reunification> reunifications = new ArrayList<>();
            final List<NotedEvent> events = new ArrayList<>();

            void add(CoaRecord line, Stored stored, Steps steps) {
                if (steps.changesNothing()) {
                    unchanged++;
                    return;
                }
                String reason = "import " + id + " of COA's records (" + pending.fileName() + "), line " + line.line();
                CouplingStatus statusBefore = stored == null ? null : stored.coupling().status;
                Coupling coupling = stored == null ? CouplingService.newCoupling(line.coaReference(), line.municipalityCode(),
                        line.details()) : stored.coupling();
                if (steps.register()) {
                    registered.add(coupling);
                    couplingsRegistered++;
                    publish(CouplingRegistered.TYPE, coupling, CouplingService.registered(coupling), coupling.id, reason,
                            CouplingService.describe(coupling));
                }
                Placement placement = null;
                if (steps.placing() != null) {
                    CoaRecordRule.Placing placing = steps.placing();
                    placement = PlacementService.newPlacement(coupling, placing.persons(), placing.housedOn(), null,
                            placing.unitType(), placing.temporary());
                    placements.add(placement);
                    placementsRecorded++;
                    PlacementRecorded recorded = PlacementService.recorded(placement);
                    publish(PlacementRecorded.TYPE, coupling, recorded, placement.id, reason, PlacementService.describe(placement)
                            + "; coupling " + statusAfterPlacement(steps));
                }
                if (steps.joining() != null) {
                    CoaRecordRule.Joining joining = steps.joining();
                    UUID joined = joining.joinsThisLinesPlacement() ? placement.id : joining.joinedPlacementId();
                    Reunification reunification = ReunificationService.newReunification(coupling, joining.persons(),
                            joining.arrivedOn(), joined);
                    reunifications.add(reunification);
                    reunificationsRecorded++;
                    ReunificationArrived arrived = ReunificationService.arrived(reunification);
                    publish(ReunificationArrived.TYPE, coupling, arrived, reunification.id, reason,
                            ReunificationService.describe(reunification, coupling));
                }
                coupling.status = steps.status();
                if (steps.cancelling() != null) {
                    coupling.cancelledOn = steps.cancelling().cancelledOn();
                    coupling.cancellationReason = steps.cancelling().reason();
                    couplingsCancelled++;
                    CouplingCancelled cancelled = CouplingService.cancelled(coupling, steps.cancelling().unhousedPersons());
                    publish(CouplingCancelled.TYPE, coupling, cancelled, coupling.id,
                            steps.cancelling().reason() + ": " + reason,
                            CouplingService.describeCancellation(coupling, steps.cancelling().unhousedPersons()));
                }
                if (stored != null && statusBefore != coupling.status) {
                    changed.add(coupling);
                }
            }

            private void publish(String type, Coupling coupling, Object data, UUID actedOn, String reason, String details) {
                NotedEvent event = new NotedEvent(type, coupling.municipalityCode, data,
                        new AuditNote(pending.senderRole(), coupling.id, actedOn, reason, details));
                events.add(event);
                Processing.this.events++;
            }
        }

        /**
         * Where the coupling stood right after its placement, as the single write's audit entry says it: a line that also
         * cancels it left persons unhoused (a coupling housed whole is not cancelled), so it was COUPLED.
         */
        private static String statusAfterPlacement(Steps steps) {
            return steps.cancelling() != null ? CouplingStatus.COUPLED.name() : steps.status().name();
        }
    }
}
