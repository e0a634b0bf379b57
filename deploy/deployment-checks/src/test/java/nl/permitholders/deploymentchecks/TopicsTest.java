package nl.permitholders.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The topics the services use are the topics compose and Kubernetes create, with the same partitions and retention. */
class TopicsTest {

    record Topic(int partitions, long retentionMs) {
    }

    @Test
    void composeCreatesEveryTopicOfTheServicesWithItsSettings() {
        TreeSet<String> used = new TreeSet<>();
        Project.SERVICES.forEach(s -> used.addAll(s.topics()));
        assertThat(used).contains("quota.events", "placement.events", "housing-stock.events", "supervision.events",
                "placement.dead-letter", "housing-stock.dead-letter", "supervision.dead-letter");
        assertThat(composeTopics().keySet()).isEqualTo(used);
    }

    @Test
    void kubernetesDeclaresTheSameTopicsAsCompose() {
        Map<String, Topic> declared = new TreeMap<>();
        for (Map<String, Object> object : Kustomize.build(Project.K8S.resolve("base"))) {
            if ("KafkaTopic".equals(object.get("kind"))) {
                declared.put(Yaml.string(object, "spec", "topicName"), new Topic(
                        ((Number) Yaml.at(object, "spec", "partitions")).intValue(),
                        ((Number) Yaml.at(object, "spec", "config", "retention.ms")).longValue()));
            }
        }
        assertThat(declared).isEqualTo(composeTopics());
    }

    @Test
    void eventTopicsKeepEverythingForReplayAndHaveEnoughPartitions() {
        composeTopics().forEach((name, topic) -> {
            if (name.endsWith(".events")) {
                assertThat(topic.retentionMs()).as(name + " retention").isEqualTo(-1);
                assertThat(topic.partitions()).as(name + " partitions").isGreaterThanOrEqualTo(6);
            } else {
                assertThat(topic.retentionMs()).as(name + " retention").isPositive();
            }
        });
    }

    /** topic -> settings, from the "create <topic> <partitions> <retention.ms>" lines of create-topics.sh. */
    static Map<String, Topic> composeTopics() {
        Map<String, Topic> topics = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^create\\s+(\\S+)\\s+(\\d+)\\s+(-?\\d+)\\s*$")
                .matcher(Project.read(Project.COMPOSE.resolve("kafka/create-topics.sh")));
        while (m.find()) {
            topics.put(m.group(1), new Topic(Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
        }
        return topics;
    }
}
