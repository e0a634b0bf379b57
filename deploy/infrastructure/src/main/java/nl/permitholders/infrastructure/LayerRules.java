package nl.permitholders.infrastructure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Arrays;

/**
 * A service's packages read one way, kept by ArchUnit: its feature packages import each other without a cycle, and its
 * classes sit in layers by role that are called from above only. A request goes web (the REST resources and a client's
 * pages) &rarr; application service ({@code *Service} writes, {@code *Queries} reads) &rarr; the rules and the store; a
 * rule names neither, and a store names no application service or resource. What a layer is comes from the module (its
 * base package, its clients' packages): {@link ArchitectureRules} runs these with them in every module.
 */
public final class LayerRules {

    /** REST resources, with what is nested in them (their request records, their lambdas' classes). */
    public static final DescribedPredicate<JavaClass> RESOURCES = DescribedPredicate.describe("are REST resources (*Resource)",
            type -> outermost(type).getSimpleName().endsWith("Resource"));

    /** Application services: a write's is named {@code *Service}, one that only reads for resources {@code *Queries}. */
    public static final DescribedPredicate<JavaClass> APPLICATION_SERVICES = DescribedPredicate.describe(
            "are application services (*Service, *Queries)", type -> {
                String name = outermost(type).getSimpleName();
                return name.endsWith("Service") || name.endsWith("Queries");
            });

    /** Rules: named {@code *Rule} or {@code *Rules}, or in a {@code rule} or {@code rules} package (as {@link WritePathRules}). */
    public static final DescribedPredicate<JavaClass> RULES = DescribedPredicate.describe(
            "are rules (*Rule, *Rules, or in a rule package)", type -> {
                String name = outermost(type).getSimpleName();
                String packageName = type.getPackageName();
                return name.endsWith("Rule") || name.endsWith("Rules")
                        || packageName.endsWith(".rule") || packageName.endsWith(".rules");
            });

    private LayerRules() {
    }

    /**
     * The packages right under {@code basePackage} (with their sub-packages) import each other without a cycle, so a reader
     * can follow a feature down without being sent back up.
     */
    public static SliceRule packagesFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").namingSlices("package $1").should().beFreeOfCycles()
                .because("a feature reads the packages below it, never one that reads it; a type two packages share "
                        + "lives on the floor below both");
    }

    /**
     * The layers by role: web (resources, and the classes of {@code clientPackages}: pages that are clients of the
     * application services) is called by nothing; application services only from web (and each other); the store
     * ({@code storePackage}) only from application services, never from web; rules call no application service, store
     * or resource. Classes of no layer (consumers, schedulers, plumbing) are not held by this rule.
     */
    public static ArchRule layers(String storePackage, String... clientPackages) {
        return layers(DescribedPredicate.describe("are in " + storePackage, type -> inPackage(type, storePackage)), clientPackages);
    }

    /**
     * As {@link #layers(String, String...)}, with the store the classes named {@code *Store} (with what is nested in
     * them) and those in {@code storePackage}: the layers of {@link ArchitectureRules}.
     */
    public static ArchRule layersWithStores(String storePackage, String... clientPackages) {
        return layers(DescribedPredicate.describe("are *Store or in " + storePackage,
                type -> outermost(type).getSimpleName().endsWith("Store") || inPackage(type, storePackage)), clientPackages);
    }

    private static ArchRule layers(DescribedPredicate<JavaClass> store, String... clientPackages) {
        DescribedPredicate<JavaClass> web = DescribedPredicate.describe("are resources or in " + Arrays.toString(clientPackages),
                type -> !APPLICATION_SERVICES.test(type) && (RESOURCES.test(type) || Arrays.stream(clientPackages)
                        .anyMatch(client -> inPackage(type, client))));
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Web").definedBy(web)
                .layer("Application").definedBy(APPLICATION_SERVICES)
                .layer("Rules").definedBy(RULES.and(DescribedPredicate.not(store)))
                .layer("Store").definedBy(store)
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Rules").mayNotAccessAnyLayer()
                .because("a request goes resource -> application service -> rule and store; the store and the rules know "
                        + "nothing above them");
    }

    private static boolean inPackage(JavaClass type, String packagePattern) {
        return com.tngtech.archunit.core.domain.PackageMatcher.of(packagePattern).matches(type.getPackageName());
    }

    /** No resource reads or writes the database itself, through whatever store: it asks an application service. */
    public static ArchRule resourcesDoNotQueryTheDatabase() {
        return noClasses().that(RESOURCES).should().dependOnClassesThat()
                .resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.mutiny.sqlclient..", "io.vertx.pgclient..", "io.vertx.mutiny.pgclient..")
                .because("a resource maps HTTP to an application service's call and its answer to HTTP; the service reads the store");
    }

    /**
     * A client inside a service (its pages, its round of letters): nothing outside {@code clientPackages} imports them, so
     * the service's API and rules stand without them.
     */
    public static ArchRule nothingImportsTheClients(String... clientPackages) {
        return noClasses().that().resideOutsideOfPackages(clientPackages)
                .should().dependOnClassesThat().resideInAnyPackage(clientPackages)
                .because("the clients use the application layer; nothing below them may need them");
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
