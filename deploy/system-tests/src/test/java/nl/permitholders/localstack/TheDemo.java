package nl.permitholders.localstack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.permitholders.infrastructure.PackagedSystem;
import nl.permitholders.infrastructure.SystemStack;

/**
 * The one packaged system of deploy/system-tests, which every test of its JVM shares: as deploy/local/run starts it,
 * the demo data loaded once and Keycloak with the realm that signs province staff in to the dashboard, so that the
 * demo's tests see what a developer sees. The end-to-end tests and the benchmark smoke run on it too, with
 * municipalities and provinces of their own that the demo does not have, so that no test changes another's figures.
 * Its consumers commit their offsets every 100 ms instead of production's 5 s, so that the system tests' QuietSystem
 * sees "every consumer has processed what was published" as soon as it is true; what they process, and how, is
 * production's. Compiled by C1 only, as every test system: the demo's load through COA's bulk imports is short work
 * (deploy/local/run with the services on C1 only: ready and loaded in 150 s and 288 CPU-s, against 252 s and 491
 * CPU-s fully compiled, 28 November 2026), and C2's compiler threads took the cores the load needed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PackagedSystem(signIn = true, data = TheDemo.Data.class, jvmOptions = TheDemo.COMMIT_INTERVAL_OPTION)
public @interface TheDemo {

    String COMMIT_INTERVAL_OPTION = "-Dmp.messaging.connector.smallrye-kafka.auto.commit.interval.ms=100";

    /** The demo data of deploy/local/run ({@link DemoData}). */
    final class Data implements PackagedSystem.Data {
        @Override
        public void load(SystemStack stack) {
            new DemoData(stack).load();
        }
    }
}
