package nl.permitholders.platform.api;


/**
 * Which page of a list the caller asks for: {@code page} from 1, {@code pageSize} 1 to 100 (default 20), and no page
 * whose first item lies beyond {@link #MAX_OFFSET}, the furthest a query or a list in memory can skip.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_OFFSET = Integer.MAX_VALUE;

    /** From the query parameters (null when absent); 400 naming the parameter when out of range. */
    public static PageRequest of(Integer page, Integer pageSize) {
        Violations violations = new Violations();
        PageRequest request = of(page, pageSize, violations);
        violations.throwIfAny();
        return request;
    }

    /** Adds what is out of range to {@code violations}. */
    public static PageRequest of(Integer page, Integer pageSize, Violations violations) {
        int p = page == null ? 1 : page;
        int size = pageSize == null ? DEFAULT_SIZE : pageSize;
        violations.check(p >= 1, "page", "must be 1 or more");
        violations.check(size >= 1 && size <= MAX_SIZE, "pageSize", "must be between 1 and " + MAX_SIZE);
        if (p >= 1 && size >= 1 && (long) (p - 1) * size > MAX_OFFSET) {
            violations.add("page", "must be at most " + (MAX_OFFSET / size + 1) + " with pageSize " + size);
        }
        return new PageRequest(p, size);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
