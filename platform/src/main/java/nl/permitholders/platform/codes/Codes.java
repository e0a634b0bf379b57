package nl.permitholders.platform.codes;

/** CBS codes as the API accepts them. */
public final class Codes {

    /** A CBS municipality code: GM and four digits, e.g. GM0141 (Almelo). */
    public static final String MUNICIPALITY = "GM\\d{4}";
    public static final String MUNICIPALITY_MESSAGE = "must be a CBS municipality code such as GM0141";

    /** A CBS province code: PV and two digits, e.g. PV23 (Overijssel). */
    public static final String PROVINCE = "PV\\d{2}";
    public static final String PROVINCE_MESSAGE = "must be a CBS province code such as PV23";

    private Codes() {
    }
}
