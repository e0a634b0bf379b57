package nl.permitholders.infrastructure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;

/**
 * One name for one role, kept by ArchUnit in every service: a newcomer finds the application service of a feature by
 * its name. An application service that writes is named {@code *Service} ({@code CouplingService}, {@code QuotaService}),
 * one that only reads for the resources {@code *Queries} ({@code CouplingQueries}); stores, consumers, rules and
 * infrastructure are named for what they are and never so. {@link ArchitectureRules} runs these, {@link #beansNameTheirRole}
 * among them, over each module's own classes in the unit tier (a module not on it yet runs the {@code @ArchTest}s with
 * {@code ArchTests.in(NamingRules.class)}).
 *
 * <p>A resource is a class with JAX-RS {@code @Path} on it or on one of its methods, with what is nested in it. A bean
 * is a class with a CDI scope ({@code @ApplicationScoped}, {@code @RequestScoped}, {@code @Singleton}, ...). A
 * service's own code is what lies under its package ({@code nl.permitholders.<service>}); platform's beans
 * ({@code Caller}, {@code AuditTrails}, {@code Mergers}) are the platform's, named as the platform names them.
 *
 * <p>One kind of a service's own bean is a resource's to use besides its application services: the request's identity,
 * as platform's {@code Caller} is, for a web layer that says more about who asks than the API does (supervision's
 * dashboard: who is signed in, for which municipality or province, with which token to call another service, and what
 * day it is). Every page needs it before it calls a service, to answer 403 or to choose what to show, and it is no way
 * to the data: it is {@code @RequestScoped} and depends on no bean of its service's own code, no database client, no
 * entity and no API of another service. A request-scoped bean that reads a store is an application service by
 * another name and fails {@link #resourcesCallApplicationServicesOnly} as any other bean does.
 */
public final class NamingRules {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String REQUEST_SCOPED = "jakarta.enterprise.context.RequestScoped";
    private static final Set<String> BEAN_SCOPES = Set.of("jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.Dependent", "jakarta.inject.Singleton", "io.quarkus.runtime.Startup");
    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
    private static final String OBSERVES = "jakarta.enterprise.event.Observes";
    private static final Set<String> OUTBOX = Set.of("nl.permitholders.platform.outbox.Outbox",
            "nl.permitholders.platform.outbox.OutboxTransaction");
    private static final Set<String> TRANSACTION_ANNOTATIONS = Set.of("jakarta.transaction.Transactional",
            "io.quarkus.hibernate.reactive.panache.common.WithTransaction");
    /** What stores, changes or locks through an entity, Panache, an {@code EntityManager} or a Hibernate session. */
    private static final Set<String> WRITES = Set.of("persist", "persistAndFlush", "merge", "remove", "delete",
            "deleteAll", "deleteById", "update", "upsert", "insert", "flush", "lock", "withLock", "executeUpdate",
            "withTransaction");
    private static final String LOCK_MODE = "jakarta.persistence.LockModeType";
    private static final Set<String> ENTITY_ANNOTATIONS = Set.of("jakarta.persistence.Entity",
            "jakarta.persistence.MappedSuperclass");
    /** Where the persistence API's classes live, whose methods {@link #WRITES} names. */
    private static final String[] PERSISTENCE = {"jakarta.persistence.", "org.hibernate.", "io.quarkus.hibernate.",
            "io.vertx.mutiny.sqlclient.", "io.vertx.sqlclient."};

    private static final DescribedPredicate<JavaClass> APPLICATION_SERVICE_NAMES = DescribedPredicate.describe(
            "are named *Service or *Queries", type -> isApplicationServiceName(type.getSimpleName()));

    private static final DescribedPredicate<JavaClass> QUERIES = DescribedPredicate.describe("are named *Queries",
            type -> type.getSimpleName().endsWith("Queries"));

    private NamingRules() {
    }

    @ArchTest
    public static final ArchRule resourcesCallApplicationServicesOnly = classes()
            .that(DescribedPredicate.describe("are REST resources (@Path)", NamingRules::isResource))
            .should(dependOnOwnBeansNamedAsApplicationServices())
            .because("a resource calls the application service of its feature, *Service for a write and *Queries for a "
                    + "read; stores, consumers and helpers stand behind that service");

    /**
     * For a module with a client inside it (supervision's dashboard): {@link ArchitectureRules#clients} names the packages
     * of its pages. A page is web as a resource is, so what it uses of the service's own beans is named {@code *Service} or
     * {@code *Queries}, or is the request's identity; a page's own application services (named so) are held by the
     * other rules.
     */
    public static ArchRule pagesCallApplicationServicesOnly(String... pagePackages) {
        return classes().that().resideInAnyPackage(pagePackages).and(DescribedPredicate.not(APPLICATION_SERVICE_NAMES))
                .should(dependOnOwnBeansNamedAsApplicationServices())
                .because("a page calls the application services as a resource does; stores, consumers and helpers stand "
                        + "behind them")
                .allowEmptyShould(true);
    }

    @ArchTest
    public static final ArchRule applicationServicesServeResources = classes()
            .that(APPLICATION_SERVICE_NAMES).and().areTopLevelClasses()
            .should(beAnApplicationService())
            .because("*Service and *Queries name the application services a resource calls; a store, consumer, rule "
                    + "or helper is named for what it is")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule queriesDoNotWrite = classes()
            .that(QUERIES).and().areTopLevelClasses()
            .should(notWrite())
            .because("a *Queries class only reads; a write is a *Service's, in its transaction with its event")
            .allowEmptyShould(true);

    /**
     * A read that goes through a write service leaves the reader no way to tell which calls change something. A
     * {@code *Service} is called to write: by resources (and pages), by another {@code *Service}, by consumers and by
     * scheduled jobs. {@link #queriesDoNotWrite} keeps {@code *Queries} off it; this keeps every other reader off it.
     */
    @ArchTest
    public static final ArchRule writeServicesServeWrites = classes()
            .that(DescribedPredicate.describe("are named *Service", type -> type.getSimpleName().endsWith("Service")))
            .and().areTopLevelClasses()
            .should(beCalledOnlyForWrites())
            .because("a read goes through a *Queries or a store; a *Service is called to write")
            .allowEmptyShould(true);

    /** The roles a bean of a service's own code may have, by the end of its name. */
    public static final Set<String> ROLES = Set.of("Resource", "Service", "Queries", "Store", "Consumer", "Transaction");

    /**
     * Every bean of a module's own code says its role. A reader meets a bean where it is injected, and must tell there a
     * store from the service it serves, so its name ends in one of {@link #ROLES}, unless its role shows otherwise:
     * <ul>
     *   <li>it implements an interface of another module or of a framework (not the JDK's), whose contract is its role:
     *       quota's {@code RegisteredProvinces} is platform's {@code MunicipalityProvinces}, a readiness check is a
     *       {@code HealthCheck};</li>
     *   <li>it is the request's identity (see the class's comment), as platform's {@code Caller} is;</li>
     *   <li>the framework alone calls it: no class of its module depends on it, and it has a {@code @Scheduled} method
     *       or an observer ({@code @Observes}), so nobody meets its name at an injection point (a job, a filter
     *       installed on the router).</li>
     * </ul>
     */
    public static final ArchRule beansNameTheirRole = classes()
            .that(DescribedPredicate.describe("are beans (a CDI scope)", NamingRules::isBean)).and().areTopLevelClasses()
            .should(nameTheirRole())
            .because("a reader tells a store from the service it serves by its name: *Service and *Queries for the "
                    + "application services, *Store, *Consumer and *Transaction for what stands behind them")
            .allowEmptyShould(true);

    private static boolean isApplicationServiceName(String simpleName) {
        return simpleName.endsWith("Service") || simpleName.endsWith("Queries");
    }

    private static boolean isResource(JavaClass type) {
        JavaClass outer = outermost(type);
        return outer.isAnnotatedWith(PATH) || outer.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(PATH));
    }

    private static boolean isBean(JavaClass type) {
        return BEAN_SCOPES.stream().anyMatch(type::isAnnotatedWith);
    }

    /**
     * The request's identity: a {@code @RequestScoped} bean that reaches no data, so it depends on no bean of its
     * service's own code, no persistence or SQL client, no entity and no REST client (another service's API).
     */
    private static boolean isRequestIdentity(JavaClass type) {
        return type.isAnnotatedWith(REQUEST_SCOPED) && type.getDirectDependenciesFromSelf().stream()
                .map(dependency -> outermost(dependency.getTargetClass()))
                .noneMatch(target -> !target.equals(type) && (ownCode(type, target) && isBean(target) || isResource(target)
                        || isEntity(target) || isPersistence(target.getName())));
    }

    private static boolean isPersistence(String className) {
        for (String persistence : PERSISTENCE) {
            if (className.startsWith(persistence)) {
                return true;
            }
        }
        return className.startsWith("io.vertx.pgclient.") || className.startsWith("io.vertx.mutiny.pgclient.");
    }

    private static boolean isScheduled(JavaClass type) {
        return type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(SCHEDULED));
    }

    private static boolean isConsumer(JavaClass type) {
        return type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(INCOMING));
    }

    /** {@code nl.permitholders.<service>}: the service a class is part of. */
    private static String serviceOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length < 3 ? type.getPackageName() : String.join(".", parts[0], parts[1], parts[2]);
    }

    private static boolean ownCode(JavaClass origin, JavaClass target) {
        String service = serviceOf(origin);
        return target.getPackageName().equals(service) || target.getPackageName().startsWith(service + ".");
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static ArchCondition<JavaClass> dependOnOwnBeansNamedAsApplicationServices() {
        return new ArchCondition<>("depend on no bean of their own service's code but one named *Service or *Queries") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                JavaClass resource = outermost(type);
                Set<String> reported = new TreeSet<>();
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = outermost(dependency.getTargetClass());
                    if (!target.equals(resource) && ownCode(resource, target) && isBean(target) && !isResource(target)
                            && !isApplicationServiceName(target.getSimpleName()) && !isRequestIdentity(target)
                            && reported.add(target.getName())) {
                        events.add(SimpleConditionEvent.violated(dependency, type.getName() + " depends on "
                                + target.getName() + ", a bean not named *Service or *Queries (" + dependency.getDescription() + ")"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> nameTheirRole() {
        return new ArchCondition<>("end their names in " + new TreeSet<>(ROLES) + ", implement another module's or a "
                + "framework's interface, be the request's identity, or be called by the framework alone") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean named = ROLES.stream().anyMatch(role -> type.getSimpleName().endsWith(role));
                if (!named && !isResource(type) && !implementsAContract(type) && !isRequestIdentity(type)
                        && !calledByTheFrameworkAlone(type)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is a bean whose name says no role of "
                            + new TreeSet<>(ROLES)));
                }
            }
        };
    }

    /** Implements an interface of another module of this system or of a framework, not of the JDK. */
    private static boolean implementsAContract(JavaClass type) {
        return type.getRawInterfaces().stream().anyMatch(face -> !ownCode(type, face) && !face.getName().startsWith("java."));
    }

    /** No other class of its module depends on it, and the framework calls it: a scheduled method or an observer. */
    private static boolean calledByTheFrameworkAlone(JavaClass type) {
        boolean framework = type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(SCHEDULED)
                || method.getParameters().stream().anyMatch(parameter -> parameter.isAnnotatedWith(OBSERVES)));
        return framework && type.getDirectDependenciesToSelf().stream()
                .map(dependency -> outermost(dependency.getOriginClass()))
                .allMatch(origin -> origin.equals(type) || !ownCode(type, origin));
    }

    private static ArchCondition<JavaClass> beCalledOnlyForWrites() {
        return new ArchCondition<>("be called only by resources, consumers, scheduled jobs and other *Service classes") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Set<String> reported = new TreeSet<>();
                for (Dependency dependency : type.getDirectDependenciesToSelf()) {
                    JavaClass origin = outermost(dependency.getOriginClass());
                    if (!origin.equals(type) && ownCode(type, origin) && !isResource(origin) && !isConsumer(origin)
                            && !isScheduled(origin) && !origin.getSimpleName().endsWith("Service")
                            && reported.add(origin.getName())) {
                        events.add(SimpleConditionEvent.violated(dependency, origin.getName() + " depends on "
                                + type.getName() + ", a write service (" + dependency.getDescription() + ")"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beAnApplicationService() {
        return new ArchCondition<>("be beans that a REST resource of their service calls, and no consumers") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!isBean(type)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is no bean (it has no CDI scope)"));
                }
                if (isConsumer(type)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " consumes a topic (@Incoming): a consumer"));
                }
                boolean calledByAResource = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(dependency -> isResource(dependency.getOriginClass()) && ownCode(dependency.getOriginClass(), type));
                if (!calledByAResource) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is called by no REST resource: a store, consumer or helper, to be named for what it is"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notWrite() {
        return new ArchCondition<>("not write: no transaction, no outbox, no *Service, nothing stored, changed or locked") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (String annotation : TRANSACTION_ANNOTATIONS) {
                    if (type.isAnnotatedWith(annotation)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is annotated @" + annotation));
                    }
                    for (JavaMethod method : type.getMethods()) {
                        if (method.isAnnotatedWith(annotation)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is annotated @" + annotation));
                        }
                    }
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (OUTBOX.contains(target.getName()) || target.getName().equals(LOCK_MODE)
                            || ownCode(type, target) && outermost(target).getSimpleName().endsWith("Service")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    if (writes(access)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription() + " (writes)"));
                    }
                }
            }
        };
    }

    private static boolean writes(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        if (access instanceof JavaFieldAccess field) {
            return field.getAccessType() == JavaFieldAccess.AccessType.SET && isEntity(owner);
        }
        if (access instanceof JavaMethodCall call && WRITES.contains(call.getName())) {
            String name = owner.getName();
            for (String persistence : PERSISTENCE) {
                if (name.startsWith(persistence)) {
                    return true;
                }
            }
            return isEntity(owner);
        }
        return false;
    }

    private static boolean isEntity(JavaClass type) {
        return ENTITY_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)
                || type.getAllRawSuperclasses().stream().anyMatch(superclass -> ENTITY_ANNOTATIONS.stream().anyMatch(superclass::isAnnotatedWith)
                        || superclass.getName().startsWith("io.quarkus.hibernate."));
    }
}
