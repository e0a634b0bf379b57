package nl.permitholders.supervision.scenario;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;

/**
 * Keeps a scenario by name as a working paper, or throws one away: the Rijk its own (owner RIJK), a province's staff
 * their province's. What it asks is checked as a calculation's is ({@link ScenarioRequestRule}) and stored with who kept
 * it; nothing is published (no event, no open data). Keeping under a name kept before replaces it.
 */
@ApplicationScoped
public class ScenarioService {

    /** A scenario kept, and whether it is new under its name (or replaced one). */
    public record Kept(KeptScenarioView scenario, boolean created) {
    }

    @Inject
    Pool pool;

    @Inject
    KeptScenarioStore kept;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Uni<Kept> keep(String owner, String name, KeepRequest request) {
        LocalDate today = LocalDate.now(clock);
        ScenarioRequestRule.asked(request.halfYears(), request.assumptions(), today, "");
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        KeptScenarioStore.Asking asking = new KeptScenarioStore.Asking(request.halfYears(), request.assumptions());
        String description = request.description() == null ? null : request.description().strip();
        return mayWrite(owner).flatMap(ignored -> pool.withTransaction(db -> kept.put(db, owner, name, description, asking, caller.name(), now)))
                .map(created -> new Kept(KeptScenarioView.of(new KeptScenarioStore.Kept(owner, name, description, asking, caller.name(), now),
                        null, null), created));
    }

    public Uni<Void> delete(String owner, String name) {
        return mayWrite(owner).flatMap(ignored -> pool.withTransaction(db -> kept.delete(db, owner, name))).map(deleted -> {
            if (!deleted) {
                throw new ResourceNotFoundException((KeptScenarioStore.RIJK.equals(owner) ? "The Rijk" : "Province " + owner)
                        + " has kept no scenario named " + name + ".");
            }
            return null;
        });
    }

    /** The Rijk writes its own working papers, a province's staff their province's: no one another's. */
    private Uni<Void> mayWrite(String owner) {
        if (KeptScenarioStore.RIJK.equals(owner)) {
            Caller.require(caller.is(Roles.RIJK), "the Rijk's scenarios");
            return Uni.createFrom().voidItem();
        }
        Caller.require(caller.is(Roles.PROVINCE), "province " + owner);
        return caller.requireProvince(owner);
    }
}
