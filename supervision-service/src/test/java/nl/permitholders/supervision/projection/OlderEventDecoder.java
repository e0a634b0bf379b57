package nl.permitholders.supervision.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.permitholders.platform.events.EventTypes;
import nl.permitholders.platform.events.IncomingEvent;

/**
 * Supervision's decoder as an older version that does not know some types yet (enabled by {@link RollingUpgradeTest}'s
 * profile): it handles them as {@link EventDecoder} handles any type it does not know. {@link #upgrade} makes it the
 * current version.
 */
@Alternative
@Singleton
class OlderEventDecoder extends EventDecoder {

    private static final Set<String> NOT_KNOWN = ConcurrentHashMap.newKeySet();

    @Inject
    OlderEventDecoder(ObjectMapper json) {
        super(json);
    }

    static void notKnowing(String type) {
        NOT_KNOWN.add(type);
    }

    static void upgrade() {
        NOT_KNOWN.clear();
    }

    @Override
    public Decoded decode(IncomingEvent event) {
        if (NOT_KNOWN.contains(event.type())) {
            EventTypes.everyType(Set.of()).unknown(event);
        }
        return super.decode(event);
    }
}
