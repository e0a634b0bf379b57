package nl.permitholders.supervision.projection;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;

/**
 * The connection settings of supervision's own Kafka clients (the rebuild's consumer, the lag's admin client): every
 * {@code kafka.*} property the service is given, as the messaging connector gets them, so a broker that requires
 * TLS and SASL (deploy/k8s: KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_JAAS_CONFIG...) is reached by these clients too.
 */
@ApplicationScoped
public class KafkaClientConfig {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    /** The broker's settings with {@code clientId}, ready for more of the client's own. */
    public Properties forClient(String clientId) {
        Properties config = new Properties();
        broker.forEach((name, value) -> {
            if (value != null) {
                config.put(name, value.toString());
            }
        });
        config.put("client.id", clientId);
        return config;
    }
}
