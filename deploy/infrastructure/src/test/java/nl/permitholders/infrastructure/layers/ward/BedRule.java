package nl.permitholders.infrastructure.layers.ward;

/** A rule: plain, calls nothing above it. */
public final class BedRule {

    private BedRule() {
    }

    public static boolean full(int backlog) {
        return backlog > 10;
    }
}
