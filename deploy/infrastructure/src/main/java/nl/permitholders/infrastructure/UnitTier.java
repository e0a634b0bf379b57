package nl.permitholders.infrastructure;

import java.lang.annotation.Annotation;
import java.util.Optional;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * The unit tier: with {@code -Dtier=unit} a test JVM runs only the classes that start nothing, the rules' plain tests,
 * and leaves out those that start Quarkus (any class-level annotation of {@code io.quarkus.test}: {@code @QuarkusTest},
 * its test resources and profiles) or the packaged system ({@link PackagedSystem}). Without it every test runs. The
 * JUnit launcher finds this filter through {@code META-INF/services}, in every module whose tests have this one on
 * their class path.
 */
public final class UnitTier implements PostDiscoveryFilter {

    /** The system property that selects a tier; {@value #UNIT} is the only one with a filter. */
    public static final String PROPERTY = "tier";
    public static final String UNIT = "unit";

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!UNIT.equals(System.getProperty(PROPERTY))) {
            return FilterResult.included("every tier runs");
        }
        return testClass(descriptor.getSource()).filter(UnitTier::startsSomething)
                .map(type -> FilterResult.excluded(type.getSimpleName() + " is not a unit test: it starts Quarkus or the packaged system"))
                .orElseGet(() -> FilterResult.included("a unit test"));
    }

    private static Optional<Class<?>> testClass(Optional<TestSource> source) {
        return source.map(s -> s instanceof ClassSource c ? c.getJavaClass() : s instanceof MethodSource m ? m.getJavaClass() : null);
    }

    /** The class, a superclass or an enclosing class (of a {@code @Nested} one) carries such an annotation. */
    private static boolean startsSomething(Class<?> type) {
        if (type == null || type == Object.class) {
            return false;
        }
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind.getName().startsWith("io.quarkus.test.") || kind == PackagedSystem.class || kind.isAnnotationPresent(PackagedSystem.class)) {
                return true;
            }
        }
        return startsSomething(type.getSuperclass()) || startsSomething(type.getEnclosingClass());
    }
}
