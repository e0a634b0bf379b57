package nl.permitholders.platform.api;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int pageSize, long totalItems, long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.pageSize(), totalItems,
                (totalItems + request.pageSize() - 1) / request.pageSize());
    }

    /** A page cut from a list that is already complete in memory. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.pageSize(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    /** The requested page of a query, each row mapped to its view. */
    public static <E, T> Uni<Page<T>> mapped(PanacheQuery<E> query, PageRequest request, Function<E, T> toItem) {
        return of(query, request, rows -> Uni.createFrom().item(rows.stream().map(toItem).toList()));
    }

    /** The requested page of a query; count and rows are read one after the other, as one session requires. */
    public static <E, T> Uni<Page<T>> of(PanacheQuery<E> query, PageRequest request, Function<List<E>, Uni<List<T>>> toItems) {
        return query.count().flatMap(total -> query.page(request.page() - 1, request.pageSize()).<E>list()
                .flatMap(found -> toItems.apply(found))
                .map(items -> of(items, request, total)));
    }
}
