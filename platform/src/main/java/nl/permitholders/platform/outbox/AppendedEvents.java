package nl.permitholders.platform.outbox;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * The events one write appends to the outbox, kept in memory beside their rows until the write commits, so that the
 * relay can publish them at once instead of reading them back. Held in the write's Vert.x context, where Hibernate
 * Reactive keeps the write's session too.
 * <p>
 * A write started inside another joins its transaction, so its events join the outer write's and are published when
 * that one commits, never before.
 * <p>
 * A write that appends more than {@link #KEPT_AT_MOST} events (a bulk import of a province's history) keeps none of
 * them: memory stays bounded whatever the write's size, and the relay claims them from the table in order instead.
 */
final class AppendedEvents {

    private static final String KEY = AppendedEvents.class.getName();

    /** Events one write keeps in memory at most (some 0.5 KB each); beyond, the relay reads them from the table. */
    static final int KEPT_AT_MOST = 20_000;

    private final List<OutboxEvent> events;
    private final Context context;
    private final boolean outermost;
    /** The write appended more than {@link #KEPT_AT_MOST}: shared with the writes inside it, as the list is. */
    private final boolean[] unkept;

    private AppendedEvents(Context context, List<OutboxEvent> events, boolean outermost, boolean[] unkept) {
        this.context = context;
        this.events = events;
        this.outermost = outermost;
        this.unkept = unkept;
    }

    /**
     * Starts collecting the events of a write that is about to run; null where there is no Vert.x context to keep them
     * in (the relay then reads the write's events from the table instead).
     */
    static AppendedEvents open() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return null;
        }
        AppendedEvents running = context.getLocal(KEY);
        if (running != null) {
            return new AppendedEvents(context, running.events, false, running.unkept);
        }
        AppendedEvents appended = new AppendedEvents(context, new ArrayList<>(), true, new boolean[1]);
        context.putLocal(KEY, appended);
        return appended;
    }

    /** Adds to the collection of the write running on this context; false when there is none. */
    static boolean add(List<OutboxEvent> added) {
        Context context = Vertx.currentContext();
        AppendedEvents appended = context == null ? null : context.getLocal(KEY);
        if (appended == null) {
            return false;
        }
        if (!appended.unkept[0] && appended.events.size() + added.size() > KEPT_AT_MOST) {
            appended.unkept[0] = true;
            appended.events.clear();
        }
        if (!appended.unkept[0]) {
            appended.events.addAll(added);
        }
        return true;
    }

    /** Whether the write appended too many events to keep: the relay claims them from the table. */
    boolean unkept() {
        return unkept[0];
    }

    /** Whether this write commits the events itself (it is not part of an outer write). */
    boolean outermost() {
        return outermost;
    }

    /** Stops collecting: the write committed or failed. */
    void close() {
        if (outermost) {
            context.removeLocal(KEY);
        }
    }

    List<OutboxEvent> events() {
        return List.copyOf(events);
    }
}
