package nl.permitholders.webhooks;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The at-rest key of the webhook secrets ({@link SecretVault}) from the configuration, and at every start the secrets
 * not yet sealed under the current key (in the clear from before encryption, or under a key being rotated out) sealed
 * under it, each row only if nobody changed it meanwhile. A start that cannot open a secret fails: a key was removed
 * before its secrets were sealed anew (docs/webhooks.md#secrets-at-rest).
 */
@ApplicationScoped
public class SecretKeyStore {

    private static final Logger LOG = Logger.getLogger(SecretKeyStore.class);
    private static final Duration DATABASE_WAIT = Duration.ofMinutes(1);

    @Inject
    Pool pool;

    @ConfigProperty(name = "webhooks.secret-key")
    String currentKey;

    @ConfigProperty(name = "webhooks.previous-secret-keys")
    Optional<List<String>> previousKeys;

    private SecretVault vault;

    @PostConstruct
    void open() {
        vault = new SecretVault(currentKey, previousKeys.orElse(List.of()));
    }

    public SecretVault vault() {
        return vault;
    }

    void resealAtStart(@Observes StartupEvent start) {
        List<Tuple> resealed = new ArrayList<>();
        for (Row row : pool.query("SELECT id, secret, previous_secret FROM webhook_subscription").execute().await().atMost(DATABASE_WAIT)) {
            String secret = row.getString("secret");
            String previous = row.getString("previous_secret");
            if (vault.stale(secret) || vault.stale(previous)) {
                UUID id = row.getUUID("id");
                resealed.add(Tuple.from(Arrays.asList(id, secret, previous, reseal(secret, id), reseal(previous, id))));
            }
        }
        if (resealed.isEmpty()) {
            return;
        }
        int changed = 0;
        for (Tuple row : resealed) {
            changed += pool.preparedQuery("UPDATE webhook_subscription SET secret = $4, previous_secret = $5 WHERE id = $1 "
                    + "AND secret = $2 AND previous_secret IS NOT DISTINCT FROM $3").execute(row).await().atMost(DATABASE_WAIT).rowCount();
        }
        LOG.infof("%d webhook secret(s) sealed under the current key (webhooks.secret-key)", changed);
    }

    private String reseal(String stored, UUID subscription) {
        return stored == null ? null : vault.seal(vault.open(stored, subscription.toString()), subscription.toString());
    }
}
