package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The local stack's services' JVM options, and what a developer adds to them. */
class LocalStackTest {

    @Test
    void extraOptionsFromTheEnvironmentComeAfterTheStacksOwn() {
        assertThat(LocalStack.serviceJvmOptions(" -XX:NativeMemoryTracking=summary  -XX:+UseSerialGC "))
                .startsWith("-Xmx256m")
                .endsWith("-XX:NativeMemoryTracking=summary", "-XX:+UseSerialGC");
        assertThat(LocalStack.serviceJvmOptions(null)).isEqualTo(LocalStack.serviceJvmOptions("  "))
                .contains("-Xmx256m", "-Dwebhooks.allow-http=true");
    }
}
