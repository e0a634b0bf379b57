package nl.permitholders.platform.security;

/**
 * The roles of docs/security.md, as they appear in a token's groups claim. Each role but the Rijk's is bound to a
 * tenant by a claim of its own: {@link Caller#MUNICIPALITY_CLAIM}, {@link Caller#PROVINCE_CLAIM}, {@link
 * Caller#CORPORATION_CLAIM}.
 */
public final class Roles {

    /** Sets the quotas: the national totals and their distribution. */
    public static final String RIJK = "rijk";
    /** Couples permit holders to municipalities. */
    public static final String COA = "coa";
    /** Houses the permit holders coupled to it; registers its own units. */
    public static final String MUNICIPALITY = "municipality";
    /** Reports its own units, vacancies and allocations. */
    public static final String CORPORATION = "corporation";
    /** Supervises its own municipalities. */
    public static final String PROVINCE = "province";
    /**
     * Sets its own province's rules of supervision (which verdicts and how many missed deadlines advise which stage of
     * the intervention ladder); bound to its province by {@link Caller#PROVINCE_CLAIM}, like {@link #PROVINCE}.
     */
    public static final String PROVINCE_ADMINISTRATOR = "province-administrator";
    /** Runs the system: operational actions such as rebuilding a projection; no access to the domain's writes. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
