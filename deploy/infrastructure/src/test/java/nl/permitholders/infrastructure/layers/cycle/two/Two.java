package nl.permitholders.infrastructure.layers.cycle.two;

import nl.permitholders.infrastructure.layers.cycle.one.One;

/** Imports {@link One}, which imports it. */
public class Two {

    public int size() {
        return new One().hashCode();
    }
}
