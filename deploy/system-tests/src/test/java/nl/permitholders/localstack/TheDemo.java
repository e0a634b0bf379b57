package nl.permitholders.localstack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.permitholders.infrastructure.PackagedSystem;
import nl.permitholders.infrastructure.SystemStack;

/**
 * The packaged system as deploy/local/run starts it, which every test of this JVM shares: the demo data loaded once,
 * and Keycloak with the realm that signs province staff in to the dashboard. The tests see what a developer sees.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PackagedSystem(signIn = true, data = TheDemo.Data.class)
@interface TheDemo {

    /** The demo data of deploy/local/run ({@link DemoData}). */
    final class Data implements PackagedSystem.Data {
        @Override
        public void load(SystemStack stack) {
            new DemoData(stack).load();
        }
    }
}
