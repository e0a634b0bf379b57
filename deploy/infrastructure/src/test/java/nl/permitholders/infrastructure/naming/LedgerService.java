package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A store named as an application service: only another service calls it, no resource. */
@ApplicationScoped
public class LedgerService {

    private final List<UUID> notes = new ArrayList<>();

    public void note(UUID bedId) {
        notes.add(bedId);
    }
}
