package nl.permitholders.infrastructure;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The one set of architecture rules every module runs, the same in each: its architecture test names its base package
 * and, where it has them, its plain domain classes, its pages' and clients' packages and its allowances, and nothing else.
 *
 * <pre>{@code
 * class ArchitectureTest {
 *     @TestFactory
 *     Stream<DynamicTest> rules() {
 *         return ArchitectureRules.of("nl.permitholders.housingstock")
 *                 .domainClasses(CapacityPlan.class, CapacityPipeline.class)
 *                 .tests();
 *     }
 * }
 * }</pre>
 *
 * <p>The rules ({@link Rule}): no cycle between the packages right under the base package and the layers by role
 * ({@link LayerRules}); the names by role ({@link NamingRules}, every bean's included); queries only in a
 * {@code *Store} or their entity ({@link StoreRules}); the write path and resources that neither write nor query
 * entities ({@link WritePathRules}). No rule can be switched off. What a rule allows beyond itself is an
 * {@link #allow allowance}: one class, one rule, one reason; a violation whose class is allowed for that rule passes. An
 * allowance that no violation needs fails its rule's test, so the list cannot outlive what it allowed. For the package
 * cycles an allowed class's own imports are left out of the cycle search.
 *
 * <p>The classes are the module's main classes under its base package (not its tests); each rule is one dynamic test,
 * named by the rule, that fails with every violation it found.
 */
public final class ArchitectureRules {

    /** The rules of the set, each a test of its own. */
    public enum Rule {
        /** {@link LayerRules#packagesFreeOfCycles}. */
        PACKAGES_FREE_OF_CYCLES(set -> LayerRules.packagesFreeOfCycles(set.basePackage)),
        /**
         * {@link LayerRules#layersWithStores}: web is the resources and the {@link ArchitectureRules#pages pages}, the
         * store the {@code *Store}s and a {@code store} package right under the base.
         */
        LAYERS(set -> LayerRules.layersWithStores(set.basePackage + ".store..", set.pages)),
        /** {@link NamingRules#resourcesCallApplicationServicesOnly}. */
        RESOURCES_CALL_APPLICATION_SERVICES_ONLY(set -> NamingRules.resourcesCallApplicationServicesOnly),
        /** {@link NamingRules#applicationServicesServeResources}. */
        APPLICATION_SERVICES_SERVE_RESOURCES(set -> NamingRules.applicationServicesServeResources),
        /** {@link NamingRules#queriesDoNotWrite}. */
        QUERIES_DO_NOT_WRITE(set -> NamingRules.queriesDoNotWrite),
        /** {@link NamingRules#writeServicesServeWrites}. */
        WRITE_SERVICES_SERVE_WRITES(set -> NamingRules.writeServicesServeWrites),
        /** {@link NamingRules#beansNameTheirRole}. */
        BEANS_NAME_THEIR_ROLE(set -> NamingRules.beansNameTheirRole),
        /** {@link NamingRules#pagesCallApplicationServicesOnly}, over the {@link ArchitectureRules#pages pages}. */
        PAGES_CALL_APPLICATION_SERVICES_ONLY(set -> set.pages.length == 0 ? null
                : NamingRules.pagesCallApplicationServicesOnly(set.pages)),
        /** {@link LayerRules#nothingImportsTheClients}, over the {@link ArchitectureRules#clients clients}. */
        NOTHING_IMPORTS_THE_CLIENTS(set -> set.clients.length == 0 ? null : LayerRules.nothingImportsTheClients(set.clients)),
        /** {@link StoreRules#queriesLiveInStores}. */
        QUERIES_LIVE_IN_STORES(set -> StoreRules.queriesLiveInStores),
        /** {@link WritePathRules#resourcesDoNotUseTheOutbox}. */
        RESOURCES_DO_NOT_USE_THE_OUTBOX(set -> WritePathRules.resourcesDoNotUseTheOutbox),
        /** {@link WritePathRules#resourcesDoNotOpenTransactions}. */
        RESOURCES_DO_NOT_OPEN_TRANSACTIONS(set -> WritePathRules.resourcesDoNotOpenTransactions),
        /** {@link WritePathRules#resourcesAreNotTransactional}. */
        RESOURCES_ARE_NOT_TRANSACTIONAL(set -> WritePathRules.resourcesAreNotTransactional),
        /** {@link WritePathRules#resourceMethodsAreNotTransactional}. */
        RESOURCE_METHODS_ARE_NOT_TRANSACTIONAL(set -> WritePathRules.resourceMethodsAreNotTransactional),
        /** {@link WritePathRules#resourcesDoNotChangeOrLockEntities}. */
        RESOURCES_DO_NOT_CHANGE_OR_LOCK_ENTITIES(set -> WritePathRules.resourcesDoNotChangeOrLockEntities),
        /** {@link WritePathRules#resourcesDoNotQueryEntities}. */
        RESOURCES_DO_NOT_QUERY_ENTITIES(set -> WritePathRules.resourcesDoNotQueryEntities),
        /** {@link WritePathRules#rulesAreFrameworkFree}. */
        RULES_ARE_FRAMEWORK_FREE(set -> WritePathRules.rulesAreFrameworkFree),
        /** {@link WritePathRules#frameworkFree}, over the module's {@link #domainClasses}. */
        DOMAIN_CLASSES_ARE_FRAMEWORK_FREE(set -> set.domainClasses.length == 0 ? null
                : WritePathRules.frameworkFree(set.domainClasses));

        private final Function<ArchitectureRules, ArchRule> rule;

        Rule(Function<ArchitectureRules, ArchRule> rule) {
            this.rule = rule;
        }
    }

    /** What a rule allows beyond itself: the class (with what is nested in it), the rule, and why. */
    public record Allowance(String className, Rule rule, String reason) {

        public Allowance {
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(rule, "rule");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("An allowance of " + className + " for " + rule + " says why");
            }
        }
    }

    private final String basePackage;
    private final Supplier<JavaClasses> importer;
    private JavaClasses classes;
    private Class<?>[] domainClasses = {};
    private String[] pages = {};
    private String[] clients = {};
    private final List<Allowance> allowances = new ArrayList<>();
    private final Map<Rule, EvaluationResult> evaluated = new EnumMap<>(Rule.class);

    private ArchitectureRules(String basePackage, Supplier<JavaClasses> importer) {
        this.basePackage = basePackage;
        this.importer = importer;
    }

    /** The set over the main classes under {@code basePackage} ({@code nl.permitholders.<module>}). */
    public static ArchitectureRules of(String basePackage) {
        return new ArchitectureRules(basePackage, () -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage));
    }

    /** The set over the classes given, for the rules' own tests on fixtures. */
    public static ArchitectureRules of(String basePackage, JavaClasses classes) {
        return new ArchitectureRules(basePackage, () -> classes);
    }

    /** The module's plain domain classes not named {@code *Rule} or {@code *Rules}, held framework-free as the rules are. */
    public ArchitectureRules domainClasses(Class<?>... plain) {
        this.domainClasses = plain.clone();
        return this;
    }

    /**
     * The packages of the module's web pages (supervision's dashboard, as ArchUnit package patterns): web to
     * {@link Rule#LAYERS} as the resources are, and calling application services only.
     */
    public ArchitectureRules pages(String... packages) {
        this.pages = packages.clone();
        return this;
    }

    /**
     * The packages of the clients inside the module (supervision's dashboard, round and report): they use the
     * application layer, and nothing else imports them.
     */
    public ArchitectureRules clients(String... packages) {
        this.clients = packages.clone();
        return this;
    }

    /** Lets {@code type}'s violations of {@code rule} pass, for the reason given; see the class's comment. */
    public ArchitectureRules allow(Class<?> type, Rule rule, String reason) {
        allowances.add(new Allowance(type.getName(), rule, reason));
        return this;
    }

    /** One test per rule of the set, each failing with its violations and its allowances that no violation needs. */
    public Stream<DynamicTest> tests() {
        return rules().entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey().name().toLowerCase() + ": " + entry.getValue().getDescription(), () -> {
                    List<String> failures = failures(entry.getKey());
                    if (!failures.isEmpty()) {
                        throw new AssertionError("Architecture rule " + entry.getKey() + " '" + entry.getValue().getDescription()
                                + "' was violated (" + failures.size() + " times):\n" + String.join("\n", failures));
                    }
                }));
    }

    /** What {@code rule} finds wrong: its violations that no allowance lets pass, then its allowances that let none pass. */
    public List<String> failures(Rule rule) {
        ArchRule archRule = rules().get(rule);
        if (archRule == null) {
            return List.of();
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        allowances.stream().filter(allowance -> allowance.rule() == rule)
                .forEach(allowance -> reasons.putIfAbsent(allowance.className(), allowance.reason()));
        List<String> left = violations(rule, archRule, reasons.keySet());
        List<String> failures = new ArrayList<>(left);
        for (Map.Entry<String, String> allowance : reasons.entrySet()) {
            Set<String> others = new HashSet<>(reasons.keySet());
            others.remove(allowance.getKey());
            if (violations(rule, archRule, others).equals(left)) {
                failures.add("Allowance of " + allowance.getKey() + " for " + rule + " lets no violation pass, remove it ("
                        + allowance.getValue() + ")");
            }
        }
        return failures;
    }

    private Map<Rule, ArchRule> rules() {
        Map<Rule, ArchRule> rules = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            ArchRule archRule = rule.rule.apply(this);
            if (archRule != null) {
                rules.put(rule, archRule.allowEmptyShould(true));
            }
        }
        return rules;
    }

    private JavaClasses classes() {
        if (classes == null) {
            classes = importer.get();
        }
        return classes;
    }

    /** The violations left when the classes {@code allowed} may break the rule. */
    private List<String> violations(Rule rule, ArchRule archRule, Set<String> allowed) {
        if (rule == Rule.PACKAGES_FREE_OF_CYCLES) {
            // A cycle is no one class's: an allowed class's imports are left out of the search instead.
            return LayerRules.packagesFreeOfCycles(basePackage)
                    .ignoreDependency(DescribedPredicate.describe("allowed " + allowed, (JavaClass type) ->
                            allowed.contains(outermost(type).getName())), DescribedPredicate.alwaysTrue())
                    .allowEmptyShould(true).evaluate(classes()).getFailureReport().getDetails();
        }
        List<String> left = new ArrayList<>();
        evaluated.computeIfAbsent(rule, key -> archRule.evaluate(classes()))
                .handleViolations((Collection<Object> objects, String message) -> {
                    if (objects.isEmpty() || !objects.stream().allMatch(object -> origin(object).map(allowed::contains).orElse(false))) {
                        left.add(message);
                    }
                });
        return left;
    }

    /** The top-level class a violation is about: the class, or the origin of a dependency, an access or a member. */
    private static Optional<String> origin(Object object) {
        JavaClass type = object instanceof JavaClass c ? c
                : object instanceof Dependency d ? d.getOriginClass()
                : object instanceof JavaAccess<?> a ? a.getOriginOwner()
                : object instanceof JavaMember m ? m.getOwner()
                : null;
        return Optional.ofNullable(type).map(t -> outermost(t).getName());
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
