package nl.permitholders.supervision.exchange;

/**
 * Who registers or refuses an agreement: the Rijk, or province staff of one province ({@code provinceCode}). A
 * province registers only an agreement whose parties all lie in it; the Rijk registers any.
 */
public record Registrar(String actingFor) {

    /** What a step by the Rijk names as acting for. */
    public static final String RIJK = "RIJK";

    public static Registrar rijk() {
        return new Registrar(RIJK);
    }

    public static Registrar province(String provinceCode) {
        return new Registrar(provinceCode);
    }

    public boolean isRijk() {
        return RIJK.equals(actingFor);
    }
}
