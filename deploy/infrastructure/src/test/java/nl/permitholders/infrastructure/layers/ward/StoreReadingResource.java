package nl.permitholders.infrastructure.layers.ward;

import nl.permitholders.infrastructure.layers.store.Ledgers;

/** A resource written badly: it reads the store itself. */
public class StoreReadingResource {

    public int backlog(String code) {
        return new Ledgers().backlog(code);
    }
}
