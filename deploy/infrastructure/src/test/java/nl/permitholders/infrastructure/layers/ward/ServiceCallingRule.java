package nl.permitholders.infrastructure.layers.ward;

/** A rule written badly: it asks an application service. */
public final class ServiceCallingRule {

    private ServiceCallingRule() {
    }

    public static boolean full(String code) {
        return new WardQueries().full(code);
    }
}
