package nl.permitholders.supervision.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios kept by name as working papers (table {@code kept_scenario}): per owner (the Rijk, or a province) what
 * was asked, who kept it and when. Not events, not open data, not part of the projection.
 */
@ApplicationScoped
public class KeptScenarioStore {

    /** The name of a kept scenario: lower-case letters, digits and hyphens, as it stands in its path. */
    public static final String NAME = "^[a-z0-9][a-z0-9-]{0,63}$";
    public static final String NAME_MESSAGE = "must be 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit";
    /** Whose working paper: the Rijk's, or a province's own. */
    public static final String OWNER = "^(RIJK|PV\\d{2})$";
    public static final String OWNER_MESSAGE = "must be RIJK or a CBS province code such as PV23";
    public static final String RIJK = "RIJK";

    /** What a kept scenario asks, as stored. */
    public record Asking(List<ScenarioRequest.NationalTotal> halfYears, ScenarioRequest.AssumptionsRequest assumptions) {
    }

    /** A kept scenario. */
    public record Kept(String owner, String name, String description, Asking asking, String keptBy, OffsetDateTime keptAt) {
    }

    private static final String COLUMNS = "owner, name, description, request, kept_by, kept_at";

    @Inject
    ObjectMapper json;

    /** Keeps it, or replaces the one kept under the same owner and name; true when it is new. */
    public Uni<Boolean> put(SqlClient db, String owner, String name, String description, Asking asking, String keptBy, OffsetDateTime at) {
        return db.preparedQuery("INSERT INTO kept_scenario AS k (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6) "
                        + "ON CONFLICT (owner, name) DO UPDATE SET description = EXCLUDED.description, request = EXCLUDED.request, "
                        + "kept_by = EXCLUDED.kept_by, kept_at = EXCLUDED.kept_at RETURNING (xmax = 0) AS created")
                .execute(Tuple.of(owner, name, description, new JsonObject(write(asking)), keptBy, at))
                .map(rows -> rows.iterator().next().getBoolean("created"));
    }

    public Uni<Optional<Kept>> find(SqlClient db, String owner, String name) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM kept_scenario WHERE owner = $1 AND name = $2")
                .execute(Tuple.of(owner, name)).map(rows -> list(rows).stream().findFirst());
    }

    /** The scenarios {@code owners} kept, by owner and name. */
    public Uni<List<Kept>> of(SqlClient db, Collection<String> owners) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM kept_scenario WHERE owner = ANY($1) ORDER BY owner, name")
                .execute(Tuple.of((Object) owners.toArray(String[]::new))).map(this::list);
    }

    /** True when there was one to delete. */
    public Uni<Boolean> delete(SqlClient db, String owner, String name) {
        return db.preparedQuery("DELETE FROM kept_scenario WHERE owner = $1 AND name = $2").execute(Tuple.of(owner, name))
                .map(rows -> rows.rowCount() > 0);
    }

    private List<Kept> list(Iterable<Row> rows) {
        List<Kept> kept = new ArrayList<>();
        for (Row row : rows) {
            kept.add(new Kept(row.getString("owner"), row.getString("name"), row.getString("description"),
                    read(row.getJsonObject("request").encode()), row.getString("kept_by"), row.getOffsetDateTime("kept_at")));
        }
        return kept;
    }

    private String write(Asking asking) {
        try {
            return json.writeValueAsString(asking);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept scenario could not be written as JSON", e);
        }
    }

    private Asking read(String stored) {
        try {
            return json.readValue(stored, Asking.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept scenario is stored as unreadable JSON", e);
        }
    }
}
