package nl.permitholders.infrastructure.layers.ward;

/** A resource written well: it asks the application service. */
public class WardResource {

    private final WardQueries queries = new WardQueries();

    public boolean full(String code) {
        return queries.full(code);
    }
}
