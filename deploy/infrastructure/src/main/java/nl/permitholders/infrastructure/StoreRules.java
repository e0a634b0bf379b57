package nl.permitholders.infrastructure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every query a service sends its database is written in one place per table: a class named {@code *Store}, or the
 * Panache entity that the query reads or changes. A reader who wants to know what touches a table looks there, and an
 * application service, a resource or a consumer says what it wants of the store by the store's method name.
 *
 * <p>A class holds a query when its byte code (with its nested classes and lambdas) hands a statement to the database:
 * <ul>
 *   <li>SQL to the Vert.x SQL client ({@code query}, {@code preparedQuery}; {@code SqlTemplate.forQuery},
 *       {@code forUpdate}) or to JDBC ({@code prepareStatement}, {@code prepareCall}, {@code createStatement}, a
 *       {@code Statement}'s {@code execute*} and {@code addBatch});</li>
 *   <li>a query to Hibernate through a session or an {@code EntityManager} ({@code createQuery},
 *       {@code createNativeQuery}, {@code createNamedQuery}, {@code createSelectionQuery}, {@code createMutationQuery});</li>
 *   <li>a Panache query: a method of Panache's entity, repository or {@code Panache} class whose first argument is the
 *       query ({@code find}, {@code list}, {@code stream}, {@code count}, {@code delete}, {@code update},
 *       {@code executeUpdate} with a {@code String}), called directly or as a method reference;</li>
 *   <li>a named query it declares ({@code @NamedQuery}, {@code @NamedNativeQuery} and their containers, Jakarta's or
 *       Hibernate's).</li>
 * </ul>
 * Reading an entity by its id or all of it ({@code findById}, {@code listAll}, a session's {@code find}), storing or
 * deleting one instance ({@code persist}, {@code delete()}), opening a transaction and calling a store's or an
 * entity's own named methods are not queries: they say what they do in their names. A helper that only builds a
 * condition's text (a filter) holds no query either: the class that hands it to the database does.
 *
 * <p>Panache entities and repositories have their place: an entity is the store of its own table (Panache's active
 * record), so it may send Panache queries on itself and declare its JPQL named queries; SQL, a query through a session,
 * and a Panache query on another entity go in a {@code *Store}. A Panache repository is a store and so is named
 * {@code *Store}.
 */
public final class StoreRules {

    private static final List<String> SQL_CLIENTS = List.of("io.vertx.sqlclient.", "io.vertx.mutiny.sqlclient.",
            "io.vertx.pgclient.", "io.vertx.mutiny.pgclient.");
    private static final Set<String> SQL_CLIENT_STATEMENTS = Set.of("query", "preparedQuery", "forQuery", "forUpdate");
    private static final Set<String> JDBC_TYPES = Set.of("java.sql.Connection", "java.sql.Statement",
            "java.sql.PreparedStatement", "java.sql.CallableStatement");
    private static final Set<String> JDBC_STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement",
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");
    private static final List<String> PERSISTENCE = List.of("jakarta.persistence.", "org.hibernate.");
    private static final Pattern HIBERNATE_QUERIES = Pattern.compile("create(Native|Named|Selection|Mutation)?Query");
    private static final Set<String> PANACHE_TYPES = Set.of(
            "io.quarkus.hibernate.reactive.panache.PanacheEntityBase", "io.quarkus.hibernate.reactive.panache.PanacheEntity",
            "io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase", "io.quarkus.hibernate.reactive.panache.PanacheRepository",
            "io.quarkus.hibernate.reactive.panache.Panache",
            "io.quarkus.hibernate.orm.panache.PanacheEntityBase", "io.quarkus.hibernate.orm.panache.PanacheEntity",
            "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase", "io.quarkus.hibernate.orm.panache.PanacheRepository",
            "io.quarkus.hibernate.orm.panache.Panache");
    /** Panache's methods that take a query, for a call whose method the importer could not resolve. */
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "list", "stream", "count", "delete", "update",
            "executeUpdate");
    private static final Set<String> NAMED_QUERIES = Set.of("jakarta.persistence.NamedQuery",
            "jakarta.persistence.NamedQueries", "jakarta.persistence.NamedNativeQuery", "jakarta.persistence.NamedNativeQueries",
            "org.hibernate.annotations.NamedQuery", "org.hibernate.annotations.NamedQueries",
            "org.hibernate.annotations.NamedNativeQuery", "org.hibernate.annotations.NamedNativeQueries");
    private static final Set<String> ENTITY_ANNOTATIONS = Set.of("jakarta.persistence.Entity",
            "jakarta.persistence.MappedSuperclass");

    private StoreRules() {
    }

    /** Queries only in a {@code *Store}, or in the Panache entity they query (see the class's comment). */
    public static final ArchRule queriesLiveInStores = classes()
            .should(sendQueriesOnlyFromAStoreOrTheirEntity())
            .because("a reader finds what touches a table in its *Store (or its entity); a service says what it wants "
                    + "of the table by the store's method name");

    /** What kind of query the access hands the database, or empty when it hands none. */
    static Optional<Query> queryOf(JavaAccess<?> access) {
        String owner = access.getTargetOwner().getName();
        String name = access.getName();
        if (SQL_CLIENTS.stream().anyMatch(owner::startsWith) && SQL_CLIENT_STATEMENTS.contains(name)) {
            return Optional.of(Query.SQL);
        }
        if (JDBC_TYPES.contains(owner) && JDBC_STATEMENTS.contains(name)) {
            return Optional.of(Query.SQL);
        }
        if (PERSISTENCE.stream().anyMatch(owner::startsWith) && HIBERNATE_QUERIES.matcher(name).matches()) {
            return Optional.of(name.equals("createNativeQuery") ? Query.SQL : Query.SESSION);
        }
        if (access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target && takesAQuery(target)) {
            return Optional.of(Query.PANACHE);
        }
        return Optional.empty();
    }

    /** The kinds of query; only a Panache query on itself is an entity's to send. */
    enum Query {
        SQL("sends SQL"), SESSION("sends a query through a session"), PANACHE("sends a Panache query");

        final String verb;

        Query(String verb) {
            this.verb = verb;
        }
    }

    private static boolean takesAQuery(AccessTarget.CodeUnitAccessTarget target) {
        List<JavaClass> parameters = target.getRawParameterTypes();
        if (parameters.isEmpty() || !parameters.get(0).getName().equals(String.class.getName())) {
            return false;
        }
        Optional<? extends JavaCodeUnit> member = target.resolveMember();
        if (member.isPresent()) {
            return PANACHE_TYPES.contains(member.get().getOwner().getName());
        }
        return PANACHE_QUERIES.contains(target.getName()) && isPanache(target.getOwner());
    }

    private static boolean isPanache(JavaClass type) {
        return PANACHE_TYPES.contains(type.getName()) || Stream.concat(type.getAllRawSuperclasses().stream(),
                type.getAllRawInterfaces().stream()).anyMatch(supertype -> PANACHE_TYPES.contains(supertype.getName()));
    }

    private static boolean isEntity(JavaClass type) {
        return Stream.concat(Stream.of(type), type.getAllRawSuperclasses().stream()).anyMatch(candidate ->
                PANACHE_TYPES.contains(candidate.getName()) && candidate.getName().contains("Entity")
                        || ENTITY_ANNOTATIONS.stream().anyMatch(candidate::isAnnotatedWith));
    }

    /** Whether the class is a store: named {@code *Store}, or nested in one. */
    static boolean isStore(JavaClass type) {
        return outermost(type).getSimpleName().endsWith("Store");
    }

    private static ArchCondition<JavaClass> sendQueriesOnlyFromAStoreOrTheirEntity() {
        return new ArchCondition<>("send queries to the database only from a *Store, or a Panache query from the "
                + "entity it queries") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (isStore(type)) {
                    return;
                }
                JavaClass outer = outermost(type);
                boolean entity = isEntity(outer);
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    queryOf(access).ifPresent(query -> {
                        boolean itsOwn = entity && query == Query.PANACHE
                                && (access.getTargetOwner().equals(outer) || outer.isAssignableTo(access.getTargetOwner().getName()));
                        if (!itsOwn) {
                            events.add(SimpleConditionEvent.violated(access, access.getDescription() + " ("
                                    + query.verb + (query == Query.PANACHE ? " on " + access.getTargetOwner().getSimpleName() : "")
                                    + " outside a *Store" + (entity ? " and its entity" : "") + ")"));
                        }
                    });
                }
                for (JavaAnnotation<?> annotation : namedQueries(type)) {
                    boolean native_ = annotation.getRawType().getName().contains("Native");
                    if (!entity || native_) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " declares @"
                                + annotation.getRawType().getSimpleName() + " outside a *Store"
                                + (native_ ? "" : " and an entity")));
                    }
                }
            }
        };
    }

    private static List<JavaAnnotation<?>> namedQueries(JavaClass type) {
        return Stream.concat(type.getAnnotations().stream(), type.getMembers().stream()
                        .flatMap((JavaMember member) -> member.getAnnotations().stream()))
                .<JavaAnnotation<?>>map(annotation -> annotation)
                .filter(annotation -> NAMED_QUERIES.contains(annotation.getRawType().getName()))
                .toList();
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
