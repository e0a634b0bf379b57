package nl.permitholders.systemtests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.permitholders.localstack.TheDemo;

/**
 * The packaged system every test of this module's JVM shares ({@link TheDemo}): the demo is loaded in it, so a system
 * test uses provinces and municipalities of its own (codes from PV90 and GM6000 up, which no real one has) and never
 * assumes an empty system.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TheDemo
@interface SystemTestStack {
}
