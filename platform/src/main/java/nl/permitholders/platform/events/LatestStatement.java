package nl.permitholders.platform.events;

import java.time.OffsetDateTime;

/**
 * Where an event states something anew (a unit's description, a municipality's registration), the statement made last
 * stands, by the events' {@code ce_time}, not the one that arrived last: an outbox may send an event again after later
 * ones (docs/architecture.md, Events). Statements without a time (none before this rule, or an event without
 * {@code ce_time}) fall back to arrival order.
 */
public final class LatestStatement {

    private LatestStatement() {
    }

    /** Whether a statement made at {@code statedAt} replaces the standing one, made at {@code standing}. */
    public static boolean replaces(OffsetDateTime statedAt, OffsetDateTime standing) {
        return statedAt == null || standing == null || !statedAt.isBefore(standing);
    }
}
