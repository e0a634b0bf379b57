package nl.permitholders.infrastructure.layers.cycle.one;

import nl.permitholders.infrastructure.layers.cycle.two.Two;

/** Imports {@link Two}, which imports it back: a cycle of two packages. */
public class One {

    public int of(Two two) {
        return two.size();
    }
}
