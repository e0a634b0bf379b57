package nl.permitholders.infrastructure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one write path of every service, kept by ArchUnit: a REST resource parses its input, calls an application
 * service and maps the answer; the service runs the transaction, asks the domain rule and stores the change with its
 * event in the outbox ({@code CouplingService} is the model). So no resource touches the outbox or opens a transaction,
 * none changes, stores or locks an entity (whatever the entity's methods are called: what counts is what they do), and a
 * rule is plain Java that names no framework. {@link ArchitectureRules} runs these, {@link #resourcesDoNotQueryEntities}
 * among them, over each module's own classes in the unit tier (a module not on it yet runs the {@code @ArchTest}s with
 * {@code ArchTests.in(WritePathRules.class)}).
 *
 * <p>A rule class is one named {@code *Rule} or {@code *Rules}, or any class of a {@code rule} or {@code rules} package;
 * a service names its other plain domain classes (a calculation such as {@code QuotaDistribution}) with
 * {@link #frameworkFree(Class...)}.
 *
 * <p>An entity is a class annotated {@code @Entity} or {@code @MappedSuperclass}, or one of Panache's entity bases. What an
 * entity's own method does is read from its byte code, through the entity methods it calls: it changes the entity when
 * it writes one of an entity's fields or calls Panache's {@code persist}, {@code delete}, {@code update} or
 * {@code flush}; it locks when it names a {@code LockModeType}; it queries when it calls Panache's other methods
 * ({@code find*}, {@code list*}, {@code count*}, {@code stream*}, ...). A resource may read an entity's fields and call
 * its plain methods, and reads through its application service ({@link #resourcesDoNotQueryEntities}).
 */
public final class WritePathRules {

    /** The packages a rule may not depend on: the frameworks around it. */
    public static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "io.smallrye..", "io.vertx..", "org.hibernate.."};

    private static final Set<String> OUTBOX = Set.of("nl.permitholders.platform.outbox.Outbox",
            "nl.permitholders.platform.outbox.OutboxTransaction");
    private static final Set<String> TRANSACTION_ANNOTATIONS = Set.of("jakarta.transaction.Transactional",
            "io.quarkus.hibernate.reactive.panache.common.WithTransaction");

    /** REST resources, with what is nested in them (their request records, their lambdas' classes). */
    private static final DescribedPredicate<JavaClass> RESOURCES = DescribedPredicate.describe("are REST resources (*Resource)",
            type -> outermost(type).getSimpleName().endsWith("Resource"));

    private static final DescribedPredicate<JavaClass> RULES = DescribedPredicate.describe(
            "are rules (*Rule, *Rules, or in a rule package)", type -> {
                String name = outermost(type).getSimpleName();
                String packageName = type.getPackageName();
                return name.endsWith("Rule") || name.endsWith("Rules")
                        || packageName.endsWith(".rule") || packageName.endsWith(".rules");
            });

    private static final Set<String> ENTITY_ANNOTATIONS = Set.of("jakarta.persistence.Entity",
            "jakarta.persistence.MappedSuperclass");
    private static final Set<String> PANACHE_ENTITIES = Set.of(
            "io.quarkus.hibernate.reactive.panache.PanacheEntityBase", "io.quarkus.hibernate.reactive.panache.PanacheEntity",
            "io.quarkus.hibernate.orm.panache.PanacheEntityBase", "io.quarkus.hibernate.orm.panache.PanacheEntity");
    /** Panache's methods that change (store) the database or hand out the persistence context; its others query. */
    private static final Set<String> PANACHE_CHANGES = Set.of("persist", "persistAndFlush", "delete", "deleteAll",
            "deleteById", "update", "flush", "getEntityManager", "getSession");
    /** What changes the database through an {@code EntityManager} or a session; their other methods query. */
    private static final Set<String> HANDLE_CHANGES = Set.of("persist", "merge", "remove", "refresh", "flush", "lock",
            "upsert", "insert", "delete", "update");
    /** The persistence API's own handles: whoever names them stores or locks without an entity's method. */
    private static final Set<String> PERSISTENCE_TYPES = Set.of("jakarta.persistence.LockModeType",
            "jakarta.persistence.EntityManager", "org.hibernate.Session", "org.hibernate.reactive.mutiny.Mutiny$Session",
            "org.hibernate.reactive.mutiny.Mutiny$StatelessSession");
    private static final String LOCK_MODE = "jakarta.persistence.LockModeType";

    /** What touching an entity does. */
    private enum Effect {
        CHANGES("changes"), LOCKS("locks"), QUERIES("queries");

        private final String verb;

        Effect(String verb) {
            this.verb = verb;
        }
    }

    private WritePathRules() {
    }

    @ArchTest
    public static final ArchRule resourcesDoNotUseTheOutbox = noClasses().that(RESOURCES)
            .should().dependOnClassesThat(DescribedPredicate.describe("are Outbox or OutboxTransaction",
                    type -> OUTBOX.contains(type.getName())))
            .because("a write goes resource -> application service -> rule -> store and outbox; the service appends the event");

    @ArchTest
    public static final ArchRule resourcesDoNotOpenTransactions = classes().that(RESOURCES)
            .should(notOpenATransaction())
            .because("the application service runs the write's transaction, not the resource");

    @ArchTest
    public static final ArchRule resourcesAreNotTransactional = classes().that(RESOURCES)
            .should(notBeAnnotatedWithTransaction())
            .because("the application service runs the write's transaction, not the resource");

    @ArchTest
    public static final ArchRule resourceMethodsAreNotTransactional = noMethods()
            .that().areDeclaredInClassesThat(RESOURCES)
            .should().beAnnotatedWith(DescribedPredicate.describe("@Transactional or @WithTransaction",
                    annotation -> TRANSACTION_ANNOTATIONS.contains(annotation.getRawType().getName())))
            .because("the application service runs the write's transaction, not the resource");

    @ArchTest
    public static final ArchRule resourcesDoNotChangeOrLockEntities = classes().that(RESOURCES)
            .should(leaveEntitiesAlone("not change, store or lock an entity", EnumSet.of(Effect.CHANGES, Effect.LOCKS)))
            .because("the application service loads, locks and changes what a write changes; the resource maps HTTP to "
                    + "its command and its result to HTTP");

    /** No {@code @ArchTest}: a module on {@link ArchitectureRules} runs it there. */
    public static final ArchRule resourcesDoNotQueryEntities = classes().that(RESOURCES)
            .should(leaveEntitiesAlone("not query an entity", EnumSet.of(Effect.QUERIES)))
            .because("a resource reads through its application service, which holds the caller to its own tenant");

    @ArchTest
    public static final ArchRule rulesAreFrameworkFree = noClasses().that(RULES)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("a domain rule is plain Java: it takes values and returns values or refuses")
            .allowEmptyShould(true);

    /** The same for a service's plain domain classes that are not named as rules. */
    public static ArchRule frameworkFree(Class<?>... domainClasses) {
        Set<String> names = Set.copyOf(Arrays.stream(domainClasses).map(Class::getName).toList());
        return noClasses().that(DescribedPredicate.describe("are the plain domain classes " + names,
                        (JavaClass type) -> names.contains(outermost(type).getName())))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("a domain class is plain Java: it takes values and returns values or refuses");
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static ArchCondition<JavaClass> leaveEntitiesAlone(String description, Set<Effect> forbidden) {
        return new ArchCondition<>(description + " (whatever its methods are called)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (forbidden.contains(Effect.CHANGES) || forbidden.contains(Effect.LOCKS)) {
                    for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                        if (PERSISTENCE_TYPES.contains(dependency.getTargetClass().getName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    Set<Effect> effects = EnumSet.copyOf(effectsOf(access, new HashSet<>()));
                    effects.retainAll(forbidden);
                    if (!effects.isEmpty()) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription() + " ("
                                + effects.stream().map(effect -> effect.verb).reduce((a, b) -> a + ", " + b).orElseThrow()
                                + " an entity)"));
                    }
                }
            }
        };
    }

    /** What an access does to entities, following the entity methods it calls ({@code seen}: those already followed). */
    private static Set<Effect> effectsOf(JavaAccess<?> access, Set<JavaCodeUnit> seen) {
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        JavaClass owner = access.getTargetOwner();
        if (owner.getName().equals(LOCK_MODE)) {
            effects.add(Effect.LOCKS);
        }
        if (PERSISTENCE_TYPES.contains(owner.getName()) && access instanceof JavaMethodCall call) {
            effects.add(HANDLE_CHANGES.contains(call.getName()) ? Effect.CHANGES : Effect.QUERIES);
        }
        if (!isEntity(owner)) {
            return effects;
        }
        if (access instanceof JavaFieldAccess field) {
            if (field.getAccessType() == JavaFieldAccess.AccessType.SET) {
                effects.add(Effect.CHANGES);
            }
        } else if (access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target) {
            Optional<? extends JavaCodeUnit> member = target.resolveMember();
            if (target.getName().equals(JavaConstructor.CONSTRUCTOR_NAME)) {
                effects.add(Effect.CHANGES);
            } else if (member.isEmpty() || isPanache(member.get().getOwner())) {
                effects.add(PANACHE_CHANGES.contains(target.getName()) ? Effect.CHANGES : Effect.QUERIES);
            } else if (isEntity(member.get().getOwner())) {
                effects.addAll(effectsOf(member.get(), seen));
            }
        }
        if (access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target
                && target.getRawParameterTypes().stream().anyMatch(parameter -> parameter.getName().equals(LOCK_MODE))) {
            effects.add(Effect.LOCKS);
        }
        return effects;
    }

    private static Set<Effect> effectsOf(JavaCodeUnit method, Set<JavaCodeUnit> seen) {
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        if (seen.add(method)) {
            for (JavaAccess<?> access : method.getAccessesFromSelf()) {
                effects.addAll(effectsOf(access, seen));
            }
        }
        return effects;
    }

    private static boolean isEntity(JavaClass type) {
        return isPanache(type) || ENTITY_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)
                || type.getAllRawSuperclasses().stream().anyMatch(superclass -> isPanache(superclass)
                        || ENTITY_ANNOTATIONS.stream().anyMatch(superclass::isAnnotatedWith));
    }

    private static boolean isPanache(JavaClass type) {
        return PANACHE_ENTITIES.contains(type.getName());
    }

    private static ArchCondition<JavaClass> notOpenATransaction() {
        return new ArchCondition<>("not open a transaction (withTransaction)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                    // Panache's, Hibernate's session factory's and the reactive SQL client's pool's alike.
                    if (call.getTarget().getName().equals("withTransaction")) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notBeAnnotatedWithTransaction() {
        return new ArchCondition<>("not be annotated @Transactional or @WithTransaction") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (String annotation : TRANSACTION_ANNOTATIONS) {
                    if (type.isAnnotatedWith(annotation)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is annotated @" + annotation));
                    }
                }
            }
        };
    }
}
