package nl.permitholders.platform.api;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the others. */
// required on each component: on the class, the annotation would make the generic Page a schema of its own
public record Page<T>(@Schema(required = true) List<T> items, @Schema(required = true) int page,
                      @Schema(required = true) int pageSize, @Schema(required = true) long totalItems,
                      @Schema(required = true) long totalPages) {

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

    /**
     * The requested page of a query, each row mapped to its view. The query is made inside the session this opens: a
     * PanacheQuery made before any session exists opens one per use (count, then page) and leaks a pooled connection.
     */
    public static <E, T> Uni<Page<T>> mapped(Supplier<PanacheQuery<E>> query, PageRequest request, Function<E, T> toItem) {
        return of(query, request, rows -> Uni.createFrom().item(rows.stream().map(toItem).toList()));
    }

    /** The requested page of a query, made inside one session; count and rows are read one after the other. */
    public static <E, T> Uni<Page<T>> of(Supplier<PanacheQuery<E>> query, PageRequest request,
                                         Function<List<E>, Uni<List<T>>> toItems) {
        return Panache.withSession(() -> {
            PanacheQuery<E> made = query.get();
            return made.count().flatMap(total -> made.page(request.page() - 1, request.pageSize()).<E>list()
                    .flatMap(found -> toItems.apply(found))
                    .map(items -> of(items, request, total)));
        });
    }
}
