package nl.permitholders.infrastructure.naming.page;

import java.util.UUID;
import nl.permitholders.infrastructure.naming.BedStore;

/** A page of a client inside the service that reads the store itself. */
public final class StorePage {

    private StorePage() {
    }

    public static String status(BedStore beds, UUID bedId) {
        return beds.bed(bedId).status;
    }
}
