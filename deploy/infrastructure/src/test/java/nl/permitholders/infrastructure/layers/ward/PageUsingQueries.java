package nl.permitholders.infrastructure.layers.ward;

import nl.permitholders.infrastructure.layers.page.WardPage;

/** An application service written badly: it needs a client's page. */
public class PageUsingQueries {

    public String text(String code) {
        return new WardPage().render(code);
    }
}
