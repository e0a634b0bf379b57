package nl.permitholders.platform.api;

import java.util.List;

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
}
