package nl.permitholders.housingstock.api;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;

/** A list kept to the caller's tenant ({@link TenantQueries#of}): add the resource's own filters, then read a page. */
public final class TenantList {

    /** The entity's {@code find(query, sort, parameters)}. */
    @FunctionalInterface
    public interface Finder<E> {
        PanacheQuery<E> find(String query, Sort sort, Parameters parameters);
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
        return Page.mapped(() -> entity.find(filters.query(), sort, filters.parameters()), page, toItem);
    }

    /** The requested page, its rows turned into views together (to read what they refer to in one query). */
    public <E, T> Uni<Page<T>> pageOf(Finder<E> entity, Sort sort, Function<List<E>, Uni<List<T>>> toItems) {
        return Page.of(() -> entity.find(filters.query(), sort, filters.parameters()), page, toItems);
    }
}
