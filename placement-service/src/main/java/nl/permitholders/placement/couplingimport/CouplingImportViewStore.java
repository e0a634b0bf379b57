package nl.permitholders.placement.couplingimport;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.placement.couplingimport.CouplingImportView.RefusalView;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.imports.TableFormat;

/**
 * The SQL that reads the imports of COA's records as their senders follow them ({@link CouplingImportQueries}): the
 * import's row, its refusals, and its events not yet published counted from the outbox.
 */
@ApplicationScoped
public class CouplingImportViewStore {

    /** Refusals shown with an import; the rest are paged at .../refusals. */
    static final int REFUSALS_SHOWN = 100;

    private static final String COLUMNS = "i.id, i.file_name, i.format, i.state, i.sender, i.sender_role, i.received_at, "
            + "i.finished_at, i.lines, i.lines_checked, i.lines_stored, i.lines_refused, i.lines_unchanged, i.couplings_registered, "
            + "i.placements_recorded, i.reunifications_recorded, i.couplings_cancelled, i.events, "
            // The import's events not yet published lie between its first and last outbox rows.
            + "(SELECT count(*) FROM outbox_event e WHERE e.id BETWEEN i.first_outbox_id AND i.last_outbox_id "
            + "AND e.published_at IS NULL AND e.parked_at IS NULL) AS unpublished, "
            + "(SELECT count(*) FROM coupling_import_refusal r WHERE r.import_id = i.id) AS refusals";

    @Inject
    Pool pool;

    /** One import with its first refusals; 404 when there is none. */
    public Uni<CouplingImportView> view(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM coupling_import i WHERE i.id = $1").execute(Tuple.of(id))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        throw new ResourceNotFoundException("No coupling import with id " + id + ".");
                    }
                    Row row = rows.iterator().next();
                    return refusals(id, 0, REFUSALS_SHOWN).map(refusals -> view(row, refusals));
                });
    }

    /** Every import, the latest first, without their refusals. */
    public Uni<Page<CouplingImportView>> list(PageRequest page) {
        return pool.query("SELECT count(*) FROM coupling_import").execute().map(rows -> rows.iterator().next().getLong(0))
                .flatMap(total -> pool.preparedQuery("SELECT " + COLUMNS + " FROM coupling_import i ORDER BY i.received_at DESC, "
                                + "i.id LIMIT $1 OFFSET $2").execute(Tuple.of(page.pageSize(), (long) page.offset()))
                        .map(rows -> {
                            List<CouplingImportView> items = new ArrayList<>();
                            rows.forEach(row -> items.add(view(row, null)));
                            return Page.of(items, page, total);
                        }));
    }

    /** The import's refusals in the order found (the file's order); 404 when there is no such import. */
    public Uni<Page<RefusalView>> refusals(UUID id, PageRequest page) {
        return pool.preparedQuery("SELECT (SELECT count(*) FROM coupling_import_refusal WHERE import_id = i.id) FROM "
                        + "coupling_import i WHERE i.id = $1").execute(Tuple.of(id))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        throw new ResourceNotFoundException("No coupling import with id " + id + ".");
                    }
                    long total = rows.iterator().next().getLong(0);
                    return refusals(id, page.offset(), page.pageSize()).map(items -> Page.of(items, page, total));
                });
    }

    private Uni<List<RefusalView>> refusals(UUID id, long offset, int limit) {
        return pool.preparedQuery("SELECT line, name, reason FROM coupling_import_refusal WHERE import_id = $1 ORDER BY line, position "
                        + "LIMIT $2 OFFSET $3").execute(Tuple.of(id, limit, offset))
                .map(rows -> {
                    List<RefusalView> refusals = new ArrayList<>();
                    rows.forEach(row -> refusals.add(new RefusalView(row.getInteger("line"), row.getString("name"),
                            row.getString("reason"))));
                    return refusals;
                });
    }

    private static CouplingImportView view(Row row, List<RefusalView> refusals) {
        CouplingImportState state = CouplingImportState.valueOf(row.getString("state"));
        int lines = row.getInteger("lines");
        int events = row.getInteger("events");
        OffsetDateTime finished = row.getOffsetDateTime("finished_at");
        return new CouplingImportView(row.getUUID("id"), row.getString("file_name"), TableFormat.valueOf(row.getString("format")),
                state, row.getString("sender"), row.getString("sender_role"), row.getOffsetDateTime("received_at").toInstant(),
                finished == null ? null : finished.toInstant(), lines, row.getInteger("lines_checked"), row.getInteger("lines_stored"),
                state == CouplingImportState.ACCEPTED ? lines : 0, row.getInteger("lines_refused"),
                row.getInteger("lines_unchanged"), row.getInteger("couplings_registered"), row.getInteger("placements_recorded"),
                row.getInteger("reunifications_recorded"), row.getInteger("couplings_cancelled"), events,
                (int) Math.max(0, events - row.getLong("unpublished")), row.getLong("refusals"), refusals);
    }
}
