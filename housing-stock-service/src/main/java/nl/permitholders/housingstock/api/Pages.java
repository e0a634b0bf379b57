package nl.permitholders.housingstock.api;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;

/**
 * {@link Page#mapped} with the query made inside the session it runs in. A PanacheQuery made in a resource method
 * before any session exists opens a session of its own on each use (count, then the page), and only the last one is
 * closed at the end of the request: every list call leaked a pooled connection until the pool was exhausted.
 */
public final class Pages {

    private Pages() {
    }

    public static <E, T> Uni<Page<T>> mapped(Supplier<PanacheQuery<E>> query, PageRequest request, Function<E, T> toItem) {
        return Panache.withSession(() -> Page.mapped(query.get(), request, toItem));
    }

    /** {@link Page#of(PanacheQuery, PageRequest, Function)}, likewise. */
    public static <E, T> Uni<Page<T>> of(Supplier<PanacheQuery<E>> query, PageRequest request,
                                         Function<List<E>, Uni<List<T>>> toItems) {
        return Panache.withSession(() -> Page.of(query.get(), request, toItems));
    }
}
