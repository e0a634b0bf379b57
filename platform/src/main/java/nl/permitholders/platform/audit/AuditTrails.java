package nl.permitholders.platform.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;

/**
 * Reads the {@link WriteLogStore}: the pages every service's audit-trail endpoints answer. Who may read which trail is the
 * endpoint's to check (its roles and tenant), before it asks for the page. Each page opens a session of its own: ask
 * for it where it runs, not before another read (one made earlier would leave that read's session open).
 */
@ApplicationScoped
public class AuditTrails {

    /** The writes about one municipality or province, newest first. */
    public Uni<Page<AuditEntryView>> about(String subject, PageRequest page) {
        return about(subject, page, AuditEntryView::of);
    }

    /** The writes about one municipality or province, newest first, each as the service shows it. */
    public <V> Uni<Page<V>> about(String subject, PageRequest page, Function<WriteLogEntry, V> view) {
        return Page.mapped(() -> WriteLogEntry.about(subject), page, view);
    }

    /** The history of one record (see {@link AuditNote#recordId()}), oldest first, each as the service shows it. */
    public <V> Uni<Page<V>> of(UUID recordId, PageRequest page, Function<WriteLogEntry, V> view) {
        return Page.mapped(() -> WriteLogEntry.ofRecord(recordId), page, view);
    }

    /** Every write, newest first. */
    public Uni<Page<AuditEntryView>> all(PageRequest page) {
        return Page.mapped(WriteLogEntry::newestFirst, page, AuditEntryView::of);
    }
}
