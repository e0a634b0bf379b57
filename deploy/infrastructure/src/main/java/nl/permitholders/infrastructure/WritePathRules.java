package nl.permitholders.infrastructure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Set;

/**
 * The one write path of every service, kept by ArchUnit: a REST resource parses its input, calls an application
 * service and maps the answer; the service runs the transaction, asks the domain rule and stores the change with its
 * event in the outbox ({@code CouplingService} is the model). So no resource touches the outbox or opens a transaction,
 * and a rule is plain Java that names no framework. Each service's {@code WritePathArchitectureTest} runs these over its
 * own classes in the unit tier:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "nl.permitholders.quota", importOptions = ImportOption.DoNotIncludeTests.class)
 * class WritePathArchitectureTest {
 *     @ArchTest
 *     static final ArchTests writePath = ArchTests.in(WritePathRules.class);
 * }
 * }</pre>
 *
 * <p>A rule class is one named {@code *Rule} or {@code *Rules}, or any class of a {@code rule} or {@code rules} package;
 * a service names its other plain domain classes (a calculation such as {@code QuotaDistribution}) with
 * {@link #frameworkFree(Class...)}.
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
