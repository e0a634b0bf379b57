package nl.permitholders.placement.couplingimport;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.permitholders.placement.couplingimport.CouplingImportView.RefusalView;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;

/**
 * The imports of COA's records as their senders follow them: how far each is, what it did, why it was refused. COA and
 * the Rijk read every import (the resource admits no other role); the events published are counted from the outbox.
 */
@ApplicationScoped
public class CouplingImportQueries {

    @Inject
    CouplingImportViewStore store;

    /** One import with its first refusals; 404 when there is none. */
    public Uni<CouplingImportView> view(UUID id) {
        return store.view(id);
    }

    /** Every import, the latest first, without their refusals. */
    public Uni<Page<CouplingImportView>> list(PageRequest page) {
        return store.list(page);
    }

    /** The import's refusals in the order found (the file's order); 404 when there is no such import. */
    public Uni<Page<RefusalView>> refusals(UUID id, PageRequest page) {
        return store.refusals(id, page);
    }
}
