package nl.permitholders.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests of a class run against the packaged system: a real PostgreSQL and Kafka broker and the four packaged
 * services as processes on free ports ({@link SystemStack}), started once per test JVM, before the first class that
 * asks for it, and stopped when that JVM's tests are done ({@link PackagedSystemExtension}). A test takes it as a
 * parameter of its constructor, a {@code @BeforeAll} or a test method: {@link SystemStack}, and with {@link #signIn()}
 * also {@link LocalKeycloak}. Every class of one JVM asks for the same system (a module of the stack tier has one
 * failsafe JVM); the services log to the module's {@code target/service-logs}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PackagedSystemExtension.class)
public @interface PackagedSystem {

    /**
     * Also the Keycloak of deploy/local/run ({@link LocalKeycloak}), started beside the services, through which the
     * dashboard signs province staff in.
     */
    boolean signIn() default false;

    /** Loaded once the services are ready, before the first test; {@link Data} itself loads nothing. */
    Class<? extends Data> data() default Data.class;

    /** Options for every service's JVM besides its heap, e.g. a shorter retry budget than production's. */
    String[] jvmOptions() default {};

    /** Data put into the system once, through its APIs, as its users would enter it (with a public no-argument constructor). */
    interface Data {
        void load(SystemStack stack);
    }
}
