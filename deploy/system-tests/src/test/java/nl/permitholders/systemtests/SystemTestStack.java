package nl.permitholders.systemtests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.permitholders.infrastructure.PackagedSystem;

/**
 * The packaged system every system test of this JVM shares. Its consumers commit their offsets every 100 ms instead
 * of production's 5 s, so that {@link QuietSystem} sees "every consumer has processed what was published" as soon as
 * it is true; what they process, and how, is production's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PackagedSystem(jvmOptions = SystemTestStack.COMMIT_INTERVAL_OPTION)
@interface SystemTestStack {

    String COMMIT_INTERVAL_OPTION = "-Dmp.messaging.connector.smallrye-kafka.auto.commit.interval.ms=100";
}
