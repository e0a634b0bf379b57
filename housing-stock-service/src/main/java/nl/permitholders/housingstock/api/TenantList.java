package nl.permitholders.housingstock.api;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;

/**
 * A list kept to the caller's tenant ({@link TenantQueries#of}), which a resource hands to its feature's
 * {@code *Queries}: that adds the list's own filters and reads a page through the entity's query.
 */
public final class TenantList {

    /** The entity's own list query: its rows matching the filters, in the order given ({@code Unit::matching}). */
    @FunctionalInterface
    public interface Finder<E> {
        PanacheQuery<E> matching(Filters filters, Sort sort);
    }

    private final Filters filters;
    private final PageRequest page;

    TenantList(Filters filters, PageRequest page) {
        this.filters = filters;
        this.page = page;
    }

    /** The filters so far, to add the resource's own to. */
    public Filters where() {
        return filters;
    }

    /** The requested page, each row mapped to its view. */
    public <E, T> Uni<Page<T>> page(Finder<E> entity, Sort sort, Function<E, T> toItem) {
        return Page.mapped(() -> entity.matching(filters, sort), page, toItem);
    }

    /** The requested page, its rows turned into views together (to read what they refer to in one query). */
    public <E, T> Uni<Page<T>> pageOf(Finder<E> entity, Sort sort, Function<List<E>, Uni<List<T>>> toItems) {
        return Page.of(() -> entity.matching(filters, sort), page, toItems);
    }
}
