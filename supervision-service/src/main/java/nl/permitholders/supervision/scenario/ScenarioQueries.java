package nl.permitholders.supervision.scenario;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.distribution.NationalDistribution;
import nl.permitholders.platform.distribution.QuotaDistribution;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.actionplan.ActionPlanQueries;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.scenario.ComparisonRequest.Compared;
import nl.permitholders.supervision.scenario.ScenarioRequestRule.Asked;
import nl.permitholders.supervision.scenario.ScenarioRule.DistributedHalfYear;
import nl.permitholders.supervision.scenario.ScenarioRule.MunicipalityPosition;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.store.ReadPool;

/**
 * Scenarios calculated ({@link ScenarioRule}), compared ({@link ComparisonRule}) and kept ones read; nothing is stored
 * by a calculation. R1 is distributed on the register, mergers, splits and populations of the projection
 * ({@link DivisionStore}); each municipality's position today (its ledger read into a {@link Forecast.Position} and its
 * household mix) is cached by its ledger version in {@value #CACHE}, as the figures are ({@code FiguresQueries}), so that
 * a second scenario over the country reads only the municipalities whose facts changed since, those all at once, a few
 * ledgers a read. The Rijk reads every province; a province's staff their own province only (another's is 403), and the
 * Rijk's kept scenarios for it.
 */
@ApplicationScoped
public class ScenarioQueries {

    /** The cache of each municipality's {@link MunicipalityPosition}, sized in application.properties. */
    public static final String CACHE = "scenario-positions";

    private record Key(String municipalityCode, long version, LocalDate today, int paceMonths, int householdMixMonths) {
    }

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    DivisionStore division;

    @Inject
    ActionPlanQueries plans;

    @Inject
    KeptScenarioStore kept;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    @CacheName(CACHE)
    Cache cache;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** A scenario stated in the request. */
    public Uni<Scenario> calculate(ScenarioRequest request) {
        LocalDate today = LocalDate.now(clock);
        Asked asked = ScenarioRequestRule.asked(request.halfYears(), request.assumptions(), today, "");
        return scope(request.provinceCode()).flatMap(scope -> calculate(asked, scope, today)).map(scenario -> scenario.asking(request));
    }

    /** Up to three scenarios side by side, stated or kept. */
    public Uni<Comparison> compare(ComparisonRequest request) {
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < request.scenarios().size(); i++) {
            Compared compared = request.scenarios().get(i);
            String at = "scenarios[" + i + "]";
            violations.check(compared.kept() == null || compared.halfYears() == null, at, "names a kept scenario (kept) or states "
                    + "one (halfYears), not both");
            violations.check(compared.kept() != null || compared.halfYears() != null, at, "must name a kept scenario (kept) or state "
                    + "one (halfYears)");
            violations.check(compared.keptBy() == null || compared.kept() != null, at + ".keptBy", "goes with kept only");
            violations.check(compared.assumptions() == null || compared.kept() == null, at + ".assumptions",
                    "goes with halfYears only: a kept scenario has its own");
            String label = compared.label() != null ? compared.label().strip() : compared.kept() != null ? compared.kept() : "scenario " + (i + 1);
            violations.check(!labels.contains(label), at + ".label", "is the label of another scenario of the comparison already: "
                    + "give each its own");
            labels.add(label);
        }
        violations.throwIfAny();
        List<Asked> stated = new ArrayList<>();
        for (int i = 0; i < request.scenarios().size(); i++) {
            Compared compared = request.scenarios().get(i);
            stated.add(compared.halfYears() == null ? null
                    : ScenarioRequestRule.asked(compared.halfYears(), compared.assumptions(), today, "scenarios[" + i + "].", violations));
        }
        violations.throwIfAny();
        return scope(request.provinceCode()).flatMap(scope -> {
            Uni<List<ComparisonRule.Labelled>> all = Uni.createFrom().item(new ArrayList<>());
            for (int i = 0; i < request.scenarios().size(); i++) {
                Compared compared = request.scenarios().get(i);
                Asked asked = stated.get(i);
                String label = labels.get(i);
                all = all.flatMap(done -> (asked != null
                        ? calculate(asked, scope, today).map(s -> new ComparisonRule.Labelled(label, null, null, s))
                        : keptScenario(owner(compared.keptBy()), compared.kept(), scope, today)
                                .map(k -> new ComparisonRule.Labelled(label, k.name(), k.owner(), k.scenario())))
                        .map(labelled -> {
                            done.add(labelled);
                            return done;
                        }));
            }
            return all.map(ComparisonRule::compare).map(comparison -> comparison.asking(request));
        });
    }

    /** The kept scenarios the caller may read of {@code owner} (RIJK, or a province), without their figures. */
    public Uni<List<KeptScenarioView>> kept(String owner) {
        return mayRead(owner).flatMap(ignored -> kept.of(reads, List.of(owner)))
                .map(all -> all.stream().map(k -> KeptScenarioView.of(k, List.of(), null)).toList());
    }

    /**
     * A kept scenario with its figures calculated today, narrowed to {@code provinceCode} (a province's staff: their own);
     * the half-years that have ended since it was kept are left out, and a scenario with none left is 409.
     */
    public Uni<KeptScenarioView> kept(String owner, String name, String provinceCode) {
        LocalDate today = LocalDate.now(clock);
        return mayRead(owner).flatMap(ignored -> scope(provinceCode)).flatMap(scope -> keptScenario(owner, name, scope, today));
    }

    private Uni<KeptScenarioView> keptScenario(String owner, String name, String scope, LocalDate today) {
        return mayRead(owner).flatMap(ignored -> kept.find(reads, owner, name)).flatMap(found -> {
            KeptScenarioStore.Kept k = found.orElseThrow(() -> new ResourceNotFoundException(("RIJK".equals(owner) ? "The Rijk" : "Province " + owner)
                    + " has kept no scenario named " + name + "."));
            Period current = Period.containing(today);
            List<String> passed = k.asking().halfYears().stream().map(h -> Period.parse(h.period())).filter(p -> p.isBefore(current))
                    .map(Period::toString).toList();
            Asked asked = ScenarioRequestRule.stillAhead(k.asking().halfYears(), k.asking().assumptions(), today)
                    .orElseThrow(() -> new ConflictException("Every half-year of the kept scenario " + name + " (" + String.join(", ", passed)
                            + ") has ended: their quotas follow from the Rijk's distribution. Keep a scenario of coming half-years."));
            return calculate(asked, scope, today).map(scenario -> KeptScenarioView.of(k, passed,
                    scenario.asking(new ScenarioRequest(k.asking().halfYears(), scope, k.asking().assumptions()))));
        });
    }

    /** The scenario over the country, narrowed to {@code scope} when that names a province. */
    Uni<Scenario> calculate(Asked asked, String scope, LocalDate today) {
        Uni<DivisionStore.Register> register = division.register();
        Uni<Map<String, MunicipalityPosition>> positions = positions(today, asked.assumptions());
        Uni<Map<String, Forecast.Plan>> adopted = asked.assumptions().forecast() == Forecast.Basis.WITH_PLAN ? plans.currentOfAll()
                .map(current -> {
                    Map<String, Forecast.Plan> byCode = new TreeMap<>();
                    current.forEach((code, plan) -> byCode.put(code, new Forecast.Plan(plan.plan().title(), plan.plan().adoptedOn(), plan.measures())));
                    return byCode;
                }) : Uni.createFrom().item(Map.of());
        return Uni.combine().all().unis(register, positions, adopted).asTuple().flatMap(read -> {
            DivisionStore.Register known = read.getItem1();
            if (scope != null && !known.provinceNames().containsKey(scope)) {
                throw new ResourceNotFoundException("Province " + scope + " is not known.");
            }
            return distribute(asked, known).map(distributions -> ScenarioRule.calculate(new ScenarioRule.Inputs(today, asked.assumptions(),
                    distributions, known.reorganisations(), read.getItem2(), read.getItem3(), known.provinceNames()), scope));
        });
    }

    /** R1 of each half-year's national total, on the register and the populations R1 takes for it. */
    private Uni<List<DistributedHalfYear>> distribute(Asked asked, DivisionStore.Register register) {
        List<Uni<DistributedHalfYear>> each = new ArrayList<>();
        asked.nationalTotals().forEach((period, total) -> {
            LocalDate referenceDate = QuotaDistribution.populationReferenceDate(period);
            each.add(division.populationsOn(referenceDate).map(populations -> {
                if (populations.date() == null) {
                    throw new ConflictException("No population is known on or before " + referenceDate + ", the reference date R1 takes "
                            + "for " + period + ": nothing can be distributed. quota-service's populations reach supervision with their events.");
                }
                try {
                    return new DistributedHalfYear(period, total, referenceDate, NationalDistribution.of(period, total,
                            register.existingOn(period.firstDay()), populations.date(), populations.figures(), register.reorganisations()));
                } catch (NationalDistribution.NotDistributable refused) {
                    throw new ConflictException(refused.getMessage() + ". The Rijk's distribution of " + period
                            + " would be refused alike until their populations are imported.");
                }
            }));
        });
        return Uni.join().all(each).andFailFast();
    }

    /**
     * Every municipality's position today that has not ceased by the current half-year: from the cache by its ledger
     * version, and those not cached all read at once, a few ledgers a read ({@link MunicipalityLedgerStore#each}), so that a
     * scenario over the whole country costs a few reads when nothing is cached (after a national distribution, every
     * ledger has a new version) rather than one per municipality.
     */
    private Uni<Map<String, MunicipalityPosition>> positions(LocalDate today, ScenarioRule.Assumptions assumptions) {
        CaffeineCache cached = cache.as(CaffeineCache.class);
        return ledgers.versionsOfAll().flatMap(versions -> {
            List<Uni<Optional<MunicipalityPosition>>> found = new ArrayList<>();
            Map<String, Key> unread = new TreeMap<>();
            versions.forEach((code, version) -> {
                Key key = new Key(code, version, today, assumptions.paceMonths(), assumptions.householdMixMonths());
                CompletableFuture<Optional<MunicipalityPosition>> position = cached.getIfPresent(key);
                if (position == null) {
                    unread.put(code, key);
                } else {
                    found.add(Uni.createFrom().completionStage(position));
                }
            });
            Uni<List<Optional<MunicipalityPosition>>> fromCache = found.isEmpty() ? Uni.createFrom().item(List.of())
                    : Uni.join().all(found).andFailFast();
            Uni<Map<String, Optional<MunicipalityPosition>>> read = unread.isEmpty() ? Uni.createFrom().item(Map.of())
                    : ledgers.each(unread.keySet(), known -> {
                        Key key = unread.get(known.code());
                        Optional<MunicipalityPosition> position = position(known, key.today(), key.paceMonths(), key.householdMixMonths());
                        cached.put(key, CompletableFuture.completedFuture(position));
                        return position;
                    });
            return Uni.combine().all().unis(fromCache, read).with((cachedOnes, readOnes) -> {
                Map<String, MunicipalityPosition> all = new TreeMap<>();
                cachedOnes.forEach(position -> position.ifPresent(p -> all.put(p.code(), p)));
                readOnes.values().forEach(position -> position.ifPresent(p -> all.put(p.code(), p)));
                return all;
            });
        });
    }

    /** A municipality's ledger as a scenario reads it; empty when it has ceased by the current half-year (R3). */
    static Optional<MunicipalityPosition> position(KnownMunicipality known, LocalDate today, int paceMonths, int householdMixMonths) {
        Period current = Period.containing(today);
        if (known.ceasedBy(current) || known.municipality() == null) {
            return Optional.empty();
        }
        Period furthest = current;
        for (int i = 0; i < ScenarioLimits.HALF_YEARS_AHEAD; i++) {
            furthest = furthest.next();
        }
        return Optional.of(new MunicipalityPosition(known.code(), known.municipality().name(), known.provinceCode(),
                Forecast.Position.of(known.ledger(), today, furthest, paceMonths),
                HouseholdMix.of(known.ledger().couplingsMade(today.minusMonths(householdMixMonths), today))));
    }

    /**
     * The province an answer is narrowed to: what the Rijk asks (none: the country), a province's staff their own; 403
     * when a province asks another's.
     */
    private Uni<String> scope(String asked) {
        if (caller.is(Roles.RIJK)) {
            return Uni.createFrom().item(asked);
        }
        Optional<String> own = caller.province();
        Caller.require(caller.is(Roles.PROVINCE) && own.isPresent() && (asked == null || asked.equals(own.get())),
                "province " + (asked != null ? asked : "(none in the token)"));
        return Uni.createFrom().item(own.get());
    }

    /** Whether the caller may read {@code owner}'s kept scenarios: the Rijk's, the Rijk and every province; a province's, it and the Rijk. */
    private Uni<Void> mayRead(String owner) {
        if (KeptScenarioStore.RIJK.equals(owner)) {
            Caller.require(caller.is(Roles.RIJK) || caller.is(Roles.PROVINCE), "the Rijk's scenarios");
            return Uni.createFrom().voidItem();
        }
        Caller.require(caller.is(Roles.RIJK) || caller.is(Roles.PROVINCE), "province " + owner);
        return caller.requireProvince(owner);
    }

    private static String owner(String keptBy) {
        return keptBy == null ? KeptScenarioStore.RIJK : keptBy;
    }
}
