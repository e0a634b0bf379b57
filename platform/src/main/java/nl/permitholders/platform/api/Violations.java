package nl.permitholders.platform.api;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation of a request before refusing it, so that one 400 lists them all. */
public final class Violations {

    private final List<InvalidParam> found = new ArrayList<>();

    public Violations add(String name, String reason) {
        found.add(new InvalidParam(name, reason));
        return this;
    }

    public Violations check(boolean ok, String name, String reason) {
        if (!ok) {
            add(name, reason);
        }
        return this;
    }

    /** The violations found so far, for callers (and tests) that report rather than refuse. */
    public List<InvalidParam> list() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a 400 listing every violation, if any were found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
