package nl.permitholders.supervision.exchange;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.persistence.UniqueViolation;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.decision.Authorship;
import nl.permitholders.supervision.exchange.ExchangeAgreementStore.AgreementHead;
import nl.permitholders.supervision.decision.Authorship.Authored;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.ledger.ExchangeValidity;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.PeriodFigures;
import nl.permitholders.supervision.store.LockedTransaction;
import nl.permitholders.supervision.store.ReadPool;
import nl.permitholders.supervision.verdict.VerdictRecorder;

/**
 * Exchange agreements between municipalities ({@link ExchangeAgreement}): proposing one, the steps on it, and reading
 * them. Each step is one added row, written in one transaction with what it changes, under a lock on the agreement;
 * two steps on the same state could not both be stored anyway (the second is 409). Registering raises the parties' ledger versions in the same
 * transaction, as adopting COA's position does, and checks the parties' positions under a lock per party, so two
 * agreements registered at once for one municipality are checked one after the other.
 * <p>
 * Agreements are read with the mergers supervision knows ({@link PartyHolderRule}, R3): a merged party's part is checked
 * and flagged on the figures of the municipality that holds its half-year, which acts for it and lists it as its own.
 */
@ApplicationScoped
public class ExchangeAgreementService {

    public static final int REASON_MAX = 500;

    @Inject
    Pool pool;

    @Inject
    LockedTransaction transaction;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    VerdictRecorder verdicts;

    @Inject
    Caller caller;

    @Inject
    Authorship authorship;

    /** The calling municipality proposes an agreement; 400 naming the field when it is no exchange or fails the check. */
    public Uni<ExchangeAgreement> propose(Period period, String reason, List<AgreementChange> changes) {
        String proposer = ownMunicipality();
        Authored authored = authorship.now();
        return holders(reads).flatMap(holders -> positions(reads, period, changes.stream()
                .map(c -> holders.holderOf(c.municipalityCode(), period)).toList()).flatMap(positions -> {
            ExchangeAgreement agreement = ExchangeAgreement.propose(UUID.randomUUID(), period, reason, changes, proposer, positions,
                    holders, authored.by(), authored.at());
            return pool.withTransaction(db -> {
                return ExchangeAgreementStore.insert(db, agreement.id(), period.toString(), reason)
                        .chain(() -> ExchangeAgreementStore.insertChanges(db, agreement.id(), changes))
                        .chain(() -> insertStep(db, agreement));
            }).replaceWith(agreement);
        }));
    }

    /** The calling municipality confirms its part. */
    public Uni<ExchangeAgreement> confirm(UUID id) {
        String party = ownMunicipality();
        Authored authored = authorship.now();
        return step(id, (db, agreement) -> Uni.createFrom().item(agreement.confirm(party, authored.by(), authored.at())));
    }

    /** The calling municipality declines the agreement. */
    public Uni<ExchangeAgreement> decline(UUID id, String reason) {
        String party = ownMunicipality();
        Authored authored = authorship.now();
        return step(id, (db, agreement) -> Uni.createFrom().item(agreement.decline(party, reason, authored.by(), authored.at())));
    }

    /** The calling municipality, the proposer, withdraws the agreement. */
    public Uni<ExchangeAgreement> withdraw(UUID id) {
        String party = ownMunicipality();
        Authored authored = authorship.now();
        return step(id, (db, agreement) -> Uni.createFrom().item(agreement.withdraw(party, authored.by(), authored.at())));
    }

    /**
     * The calling province or the Rijk registers the agreement, checked again on the parties' positions as they are now,
     * read under the parties' locks; the parties' ledger versions are raised with it, and their closed half-years judged
     * again in the same transaction (an agreement for a half-year whose deadline has passed changes its verdict at once,
     * naming the agreement as the cause).
     */
    public Uni<ExchangeAgreement> register(UUID id, ExchangeAgreement.ClosedHalfYearConfirmation confirmation) {
        Registrar registrar = registrar();
        Authored authored = authorship.now();
        return step(id, (db, agreement) -> lockParties(db, agreement)
                .chain(() -> positions(db, agreement.period(), agreement.holders()))
                .map(positions -> agreement.register(registrar, positions, confirmation, authored.by(), authored.at()))
                .call(registered -> Uni.join().all(concerned(registered).stream()
                        .map(code -> MunicipalityLedgerStore.raiseVersion(db, code)).toList())
                        .andFailFast())
                .call(registered -> insertStep(db, registered))
                .call(registered -> verdicts.rejudge(db, causes(registered))), false);
    }

    /** The cause a verdict judged again names: the registration, by the agreement's id. */
    public static final String REGISTERED_CAUSE = LedgerEntry.AGREEMENT_TYPE;

    /**
     * Each party's cause; an agreement registered after its half-year closed notes its confirmation on the verdict of
     * that half-year, recorded even where it did not change.
     */
    private static Map<String, VerdictRecorder.Cause> causes(ExchangeAgreement registered) {
        Map<String, VerdictRecorder.Cause> causes = new LinkedHashMap<>();
        AgreementStep registration = registered.registration();
        VerdictRecorder.Cause cause = registered.registeredLate()
                ? new VerdictRecorder.Cause(REGISTERED_CAUSE, registered.id(), registration.reason() + " (by " + registration.author()
                        + " for " + registration.actingFor() + ")", registered.period())
                : new VerdictRecorder.Cause(REGISTERED_CAUSE, registered.id());
        concerned(registered).forEach(code -> causes.put(code, cause));
        return causes;
    }

    /** The parties and the municipalities holding their half-year (R3): whose figures and verdicts the registration changes. */
    private static Set<String> concerned(ExchangeAgreement agreement) {
        Set<String> codes = new TreeSet<>(agreement.parties());
        codes.addAll(agreement.holders());
        return codes;
    }

    /** The calling province or the Rijk refuses to register the agreement, with a reason. */
    public Uni<ExchangeAgreement> refuse(UUID id, String reason) {
        Registrar registrar = registrar();
        Authored authored = authorship.now();
        return step(id, (db, agreement) -> positions(db, agreement.period(), agreement.holders())
                .map(positions -> agreement.refuse(registrar, positions, reason, authored.by(), authored.at())));
    }

    /** The agreement, when the caller may see it: the Rijk any, a province one with a party of its own, a municipality its own. */
    public Uni<ExchangeAgreement> get(UUID id) {
        return load(reads, List.of(id)).flatMap(found -> {
            if (found.isEmpty()) {
                throw new ResourceNotFoundException("There is no exchange agreement " + id + ".");
            }
            ExchangeAgreement agreement = found.get(0);
            return mayBeSeen(agreement).map(seen -> {
                if (!seen) {
                    throw new ForbiddenException("Your token does not allow you to see exchange agreement " + id + ".");
                }
                return agreement;
            });
        });
    }

    /**
     * For each registered agreement among {@code agreements}, the parties that handed over in it and for whom it no
     * longer holds on the facts as they are now ({@link ExchangeValidity}); agreements that hold are left out. A party
     * merged into another by the half-year is judged on the figures of the one that holds it, which count its part (R3).
     */
    public Uni<Map<UUID, List<ExchangeValidity.Breach>>> breaches(List<ExchangeAgreement> agreements) {
        List<ExchangeAgreement> registered = agreements.stream().filter(a -> a.state() == AgreementState.REGISTERED).toList();
        Set<String> givers = new TreeSet<>();
        registered.forEach(a -> givers.addAll(a.holdersHandingOver()));
        if (givers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return ledgers.of(reads, givers).map(known -> {
            Map<UUID, List<ExchangeValidity.Breach>> breaches = new HashMap<>();
            for (ExchangeAgreement agreement : registered) {
                for (String holder : agreement.holdersHandingOver()) {
                    KnownMunicipality party = known.get(holder);
                    if (party == null || party.ceasedBy(agreement.period())) {
                        continue;
                    }
                    ExchangeValidity.of(party.ledger(), agreement.period())
                            .filter(breach -> breach.handedOverIn().contains(agreement.id().toString()))
                            .ifPresent(breach -> breaches.computeIfAbsent(agreement.id(), id -> new ArrayList<>()).add(breach));
                }
            }
            return breaches;
        });
    }

    /** The agreement as the API shows it, with the parties for whom it no longer holds. */
    public Uni<AgreementView> viewOf(ExchangeAgreement agreement) {
        return viewsOf(List.of(agreement)).map(views -> views.get(0));
    }

    /** The agreements as the API shows them, in the same order, with the parties for whom each no longer holds. */
    public Uni<List<AgreementView>> viewsOf(List<ExchangeAgreement> agreements) {
        return breaches(agreements).map(breaches -> agreements.stream()
                .map(agreement -> AgreementView.of(agreement, breaches.getOrDefault(agreement.id(), List.of()))).toList());
    }

    /** Every agreement the municipality is a party to, itself or through a municipality merged into it (R3), in the order proposed. */
    public Uni<List<ExchangeAgreement>> ofMunicipality(String code) {
        return ExchangeAgreementStore.ofMunicipality(reads, code)
                .flatMap(ids -> load(reads, ids));
    }

    /**
     * Every agreement with a party the register places in the province, or one merged into a municipality it places
     * there (R3), in the order proposed.
     */
    public Uni<List<ExchangeAgreement>> ofProvince(String provinceCode) {
        return ExchangeAgreementStore.ofProvince(reads, provinceCode).flatMap(ids -> load(reads, ids));
    }

    private Uni<Boolean> mayBeSeen(ExchangeAgreement agreement) {
        if (caller.is(Roles.RIJK)) {
            return Uni.createFrom().item(true);
        }
        if (caller.is(Roles.MUNICIPALITY)) {
            return Uni.createFrom().item(caller.municipality().map(agreement.partiesAndTheirSuccessors()::contains).orElse(false));
        }
        if (caller.is(Roles.PROVINCE) && caller.province().isPresent()) {
            return ExchangeAgreementStore.inProvince(reads, agreement.partiesAndTheirSuccessors().toArray(String[]::new), caller.province().get())
                    .map(inProvince -> inProvince > 0);
        }
        return Uni.createFrom().item(false);
    }

    /**
     * A step on a stored agreement, in one transaction: lock it, read it, take the step, add it. The lock makes a second
     * step taken at once wait and then see the first (409 where it no longer fits), rather than check on a stale state.
     */
    private Uni<ExchangeAgreement> step(UUID id, StepTaken taken) {
        return step(id, taken, true);
    }

    /** As {@link #step(UUID, StepTaken)}; without {@code insert}, {@code taken} adds the step itself. */
    private Uni<ExchangeAgreement> step(UUID id, StepTaken taken, boolean insert) {
        return transaction.under("exchange-agreement " + id, db -> load(db, List.of(id)).flatMap(found -> {
            if (found.isEmpty()) {
                throw new ResourceNotFoundException("There is no exchange agreement " + id + ".");
            }
            return taken.on(db, found.get(0)).call(next -> insert ? insertStep(db, next) : Uni.createFrom().voidItem());
        }))
                .onFailure(ExchangeAgreement.NotAllowed.class).transform(e -> new ForbiddenException(e.getMessage()))
                .onFailure(UniqueViolation::isCause).transform(e -> new ConflictException("exchange agreement " + id
                        + " was changed by another step at the same time: read it again"));
    }

    @FunctionalInterface
    private interface StepTaken {
        Uni<ExchangeAgreement> on(SqlClient db, ExchangeAgreement agreement);
    }

    private static Uni<?> insertStep(SqlClient db, ExchangeAgreement agreement) {
        AgreementStep step = agreement.lastStep();
        return ExchangeAgreementStore.insertStep(db, agreement.id(), agreement.steps().size() - 1, step);
    }

    /** Locks the municipalities whose figures the registration checks: those holding the parties' half-year. */
    private static Uni<Void> lockParties(SqlClient db, ExchangeAgreement agreement) {
        Uni<Void> locked = Uni.createFrom().voidItem();
        // In code order, so that two registrations never wait for each other's locks in turn.
        for (String code : new TreeSet<>(agreement.holders())) {
            locked = locked.chain(() -> LockedTransaction.lock(db, "exchange-party " + code));
        }
        return locked;
    }

    /** The parties' figures for the half-year, from their ledgers; a party without figures of its own in it is left out. */
    private Uni<Map<String, PartyPosition>> positions(SqlClient db, Period period, Collection<String> codes) {
        return ledgers.of(db, codes).map(known -> {
            Map<String, PartyPosition> positions = new HashMap<>();
            for (KnownMunicipality m : known.values()) {
                if (m.ceasedBy(period)) {
                    continue;
                }
                PeriodFigures f = m.ledger().figures(period, null);
                positions.put(m.code(), new PartyPosition(m.code(), m.provinceCode(), f.carriedBacklog(), f.quota(), f.exchanges(),
                        f.adjustedQuota()));
            }
            return positions;
        });
    }

    /** The mergers and splits supervision knows, by the half-year each takes effect in (R3). */
    private static Uni<PartyHolderRule> holders(SqlClient db) {
        Uni<List<PartyHolderRule.Merger>> mergers = ExchangeAgreementStore.mergers(db);
        Uni<List<PartyHolderRule.Split>> splits = ExchangeAgreementStore.splits(db);
        return mergers.chain(m -> splits.map(s -> PartyHolderRule.of(m, s)));
    }

    /** The agreements of {@code ids}, in the order proposed, their parties followed through the mergers known. */
    private static Uni<List<ExchangeAgreement>> load(SqlClient db, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] named = ids.toArray(UUID[]::new);
        Uni<Map<UUID, AgreementHead>> heads = ExchangeAgreementStore.heads(db, named);
        Uni<Map<UUID, List<AgreementChange>>> changes = ExchangeAgreementStore.changes(db, named);
        Uni<Map<UUID, List<AgreementStep>>> steps = ExchangeAgreementStore.steps(db, named);
        return heads.chain(h -> changes.chain(c -> steps.chain(s -> holders(db).map(holders -> {
            List<ExchangeAgreement> agreements = new ArrayList<>();
            h.forEach((id, head) -> agreements.add(new ExchangeAgreement(id, head.period(), head.reason(),
                    c.getOrDefault(id, List.of()), s.getOrDefault(id, List.of()), holders)));
            agreements.sort(java.util.Comparator.comparing((ExchangeAgreement a) -> a.steps().get(0).at()).thenComparing(ExchangeAgreement::id));
            return agreements;
        }))));
    }

    private String ownMunicipality() {
        return caller.municipality().orElseThrow(() -> new ForbiddenException("Your token names no municipality to act for."));
    }

    private Registrar registrar() {
        if (caller.is(Roles.RIJK)) {
            return Registrar.rijk();
        }
        return caller.province().map(Registrar::province)
                .orElseThrow(() -> new ForbiddenException("Your token names no province to act for."));
    }
}
