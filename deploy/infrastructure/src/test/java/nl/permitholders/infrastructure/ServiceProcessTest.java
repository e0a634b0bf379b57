package nl.permitholders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packaged service starts with its class-data-sharing archive when it has one, unless its options choose. */
class ServiceProcessTest {

    @TempDir
    Path quarkusApp;

    @Test
    void aServicePackagedWithAnArchiveStartsWithIt() throws IOException {
        Path jar = Files.createFile(quarkusApp.resolve("quarkus-run.jar"));
        Files.createFile(quarkusApp.resolve(ServiceProcess.APP_CDS_ARCHIVE));

        assertThat(ServiceProcess.classDataSharing(jar, List.of("-Xmx256m")))
                .contains("-XX:SharedArchiveFile=" + quarkusApp.resolve("app-cds.jsa").toAbsolutePath());
    }

    @Test
    void withoutAnArchiveOrWhenTheOptionsChooseNoneIsAdded() throws IOException {
        Path jar = Files.createFile(quarkusApp.resolve("quarkus-run.jar"));
        assertThat(ServiceProcess.classDataSharing(jar, List.of("-Xmx256m"))).isEmpty();

        Files.createFile(quarkusApp.resolve(ServiceProcess.APP_CDS_ARCHIVE));
        assertThat(ServiceProcess.classDataSharing(jar, List.of("-Xshare:off"))).isEmpty();
        assertThat(ServiceProcess.classDataSharing(jar, List.of("-XX:SharedArchiveFile=/elsewhere.jsa"))).isEmpty();
    }
}
