package nl.permitholders.infrastructure.layers.page;

import nl.permitholders.infrastructure.layers.ward.WardQueries;

/** A client's page: uses the application service. */
public class WardPage {

    public String render(String code) {
        return new WardQueries().full(code) ? "vol" : "ruimte";
    }
}
