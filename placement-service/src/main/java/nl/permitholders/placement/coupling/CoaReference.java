package nl.permitholders.placement.coupling;

/** COA's pseudonymous reference of a coupled household (R9: never a V-number or BSN), as every write takes it. */
public final class CoaReference {

    public static final String PATTERN = "[A-Za-z0-9._-]{1,64}";
    public static final String MESSAGE = "must be COA's pseudonymous reference: 1 to 64 letters, digits, '.', '_' or '-'";

    private CoaReference() {
    }
}
