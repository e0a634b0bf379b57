package nl.permitholders.dashboard;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in, and what day it is. The dashboard decides nothing about whose data one may see: each service's
 * role and tenant checks do, on the access token that goes with every call ({@link #bearer()}). The roles and the
 * province or municipality claim read here (from the ID token of a sign-in, or from the bearer token a caller sent
 * instead) only choose the start page and which forms a page offers.
 */
@RequestScoped
public class Viewer {

    public static final String RIJK = "rijk";
    public static final String PROVINCE = "province";
    public static final String MUNICIPALITY = "municipality";

    @Inject
    SecurityIdentity identity;
    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The half-year a page's {@code periode} names; the current one when it names none. */
    public HalfYear period(String text) {
        return text == null || text.isBlank() ? HalfYear.containing(today()) : HalfYear.parse("periode", text);
    }

    public boolean rijk() {
        return identity.hasRole(RIJK);
    }

    /** Whether the person is province staff: only they fill in the province's forms. */
    public boolean provinceStaff() {
        return identity.hasRole(PROVINCE);
    }

    /** The province of signed-in province staff; none for anyone else. */
    public Optional<String> ownProvince() {
        return provinceStaff() ? claim(PROVINCE) : Optional.empty();
    }

    /** The municipality of a signed-in municipal officer; none for anyone else. */
    public Optional<String> ownMunicipality() {
        return identity.hasRole(MUNICIPALITY) ? claim(MUNICIPALITY) : Optional.empty();
    }

    public boolean isOwnMunicipality(String code) {
        return ownMunicipality().filter(code::equals).isPresent();
    }

    /** The person's own access token, as every call to a service carries it. */
    public String bearer() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            throw new io.quarkus.security.UnauthorizedException("Not signed in.");
        }
        return "Bearer " + credential.getToken();
    }

    private Optional<String> claim(String name) {
        Object value = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(name) : null;
        String text = value == null ? null : value.toString().replace("\"", "").strip();
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
