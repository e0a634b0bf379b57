package nl.permitholders.infrastructure.layers.ward;

import nl.permitholders.infrastructure.layers.store.Ledgers;

/** An application service that reads: asks the store and the rule. */
public class WardQueries {

    private final Ledgers ledgers = new Ledgers();

    public boolean full(String code) {
        return BedRule.full(ledgers.backlog(code));
    }
}
