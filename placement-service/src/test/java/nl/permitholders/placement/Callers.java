package nl.permitholders.placement;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.TestTokens;

/**
 * Requests as the callers of this service, with real tokens of the issuer the service trusts in tests: COA registers,
 * corrects and cancels couplings and reads everything; a municipality offers, places, revokes and records
 * reunifications for its own couplings. Who may do what is tested on its own in AuthorisationTest and
 * TenantIsolationTest.
 */
public final class Callers {

    /** The subject of {@link DevelopmentIssuer#coa()}, as the audit trail names it. */
    public static final String COA_PLANNER = "coa-planner";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Callers() {
    }

    public static RequestSpecification asCoa() {
        return as(TOKENS.computeIfAbsent("coa", key -> issuer().coa()));
    }

    public static RequestSpecification asMunicipality(String code) {
        return as(municipalityToken(code));
    }

    public static String municipalityToken(String code) {
        return TOKENS.computeIfAbsent("municipality:" + code, key -> issuer().municipality(code));
    }

    /** The subject of {@link DevelopmentIssuer#municipality(String)}, as the audit trail names it. */
    public static String officerOf(String code) {
        return "officer-" + code;
    }

    public static RequestSpecification as(String token) {
        return given().spec(TestTokens.bearer(token));
    }

    public static DevelopmentIssuer issuer() {
        return TestTokens.issuer();
    }
}
