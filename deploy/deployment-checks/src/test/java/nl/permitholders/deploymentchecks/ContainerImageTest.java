package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each service has a container image built by Quarkus, off by default so the build needs no Docker engine. */
class ContainerImageTest {

    @Test
    void everyServiceBuildsItsImageWithQuarkusFromItsDockerfile() {
        assertThat(Project.SERVICES).extracting(ServiceModule::name)
                .containsExactlyInAnyOrder("quota-service", "placement-service", "housing-stock-service", "supervision-service", "webhook-service");
        for (ServiceModule service : Project.DEPLOYABLES) {
            String pom = Project.read(service.dir().resolve("pom.xml"));
            assertThat(pom).as(service + " pom").contains("<artifactId>quarkus-container-image-docker</artifactId>");
            assertThat(Files.isRegularFile(service.dockerfile())).as(service.dockerfile().toString()).isTrue();

            String dockerfile = Project.read(service.dockerfile());
            assertThat(dockerfile).as(service + " Dockerfile.jvm")
                    .containsPattern("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17(-runtime)?:\\d+\\.\\d+$")
                    .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
                    .contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                    .containsPattern("(?m)^USER 185$")
                    .containsPattern("(?m)^EXPOSE " + service.port() + "$");
        }
    }

    @Test
    void imagesAreNamedByTheRootPomAndNotBuiltUnlessAsked() {
        assertThat(Project.rootPomProperty("quarkus.container-image.group")).isEqualTo("permitholders");
        String build = Project.rootPomProperty("quarkus.container-image.build");
        assertThat(build).as("quarkus.container-image.build in the root pom").isNull();
        for (ServiceModule service : Project.DEPLOYABLES) {
            assertThat(service.properties().getProperty("quarkus.container-image.build")).as(service.name()).isNull();
            assertThat(Project.read(service.dir().resolve("pom.xml")))
                    .doesNotContainPattern(Pattern.compile("quarkus.container-image.build>\\s*true"));
        }
    }
}
