package nl.permitholders.infrastructure.layers.store;

/** A store: reads rows into values. */
public class Ledgers {

    public int backlog(String code) {
        return code.length();
    }
}
