package nl.permitholders.infrastructure.naming.page;

import java.util.UUID;
import nl.permitholders.infrastructure.naming.BedQueries;
import nl.permitholders.infrastructure.naming.WardViewer;

/** A page as the rules want: the request's identity, then the feature's application service. */
public final class WardPage {

    private WardPage() {
    }

    public static String status(WardViewer viewer, BedQueries queries, UUID bedId) {
        return viewer.today() + " " + queries.status(bedId);
    }
}
