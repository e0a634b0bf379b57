package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlSyntaxTest {

    @Test
    void everyYamlAndJsonFileOfTheDeploymentsParsesWithoutDuplicateKeys() {
        List<Path> files = new ArrayList<>();
        files.addAll(Project.files(Project.COMPOSE, ".yml", ".yaml", ".json"));
        files.addAll(Project.files(Project.K8S, ".yml", ".yaml", ".json"));
        assertThat(files).as("deployment files").hasSizeGreaterThanOrEqualTo(15);

        List<String> problems = new ArrayList<>();
        int documents = 0;
        for (Path file : files) {
            try {
                documents += Yaml.documents(file).size();
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(documents).isGreaterThan(files.size());
    }

    @Test
    void aDuplicateKeyIsAnError() {
        String duplicated = "data:\n  A: one\n  A: two\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yaml.documents(duplicated, "inline"))
                .hasMessageContaining("duplicate key");
    }
}
