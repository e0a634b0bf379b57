package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `docker compose config`: the Compose client's own validation of the file (schema, interpolation, merge keys),
 * which needs no Docker engine. Runs with whichever client is installed: the Compose v2 plugin (`docker compose`) or
 * Debian's docker-compose (`apt-get install docker-compose`, which .ci/run installs when neither is there).
 */
class ComposeClientTest {

    @Test
    void theComposeClientAcceptsTheFile() {
        List<String> client = null;
        if (Commands.works(List.of("docker", "compose", "version"))) {
            client = List.of("docker", "compose");
        } else if (Commands.works(List.of("docker-compose", "version"))) {
            client = List.of("docker-compose");
        }
        assertThat(client).as("a Compose client: the docker compose plugin or Debian's docker-compose (.ci/run installs it)")
                .isNotNull();

        List<String> command = new ArrayList<>(client);
        command.addAll(List.of("--env-file", ".env.example", "-f", "docker-compose.yml", "config", "--quiet"));
        Commands.Result result = Commands.run(Project.COMPOSE, command);
        assertThat(result).isNotNull();
        assertThat(result.exitCode()).as(String.join(" ", command) + ":\n" + result.output()).isZero();
    }
}
