package nl.permitholders.supervision.dashboard;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What every dashboard page and form needs to know: who is signed in, and what day it is. Whose data they may see is
 * the platform's one tenancy check ({@link Caller}) to say; this only asks it about the signed-in person.
 */
@RequestScoped
class Viewer {

    @Inject
    Caller caller;
    @Inject
    JsonWebToken token;
    @Inject
    SecurityIdentity identity;
    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The half-year a page's {@code periode} names; the current one when it names none. */
    Period period(String text) {
        return Dashboard.period(text, clock);
    }

    /** Passes when the viewer may see and act for the municipality; fails with 403 otherwise. */
    Uni<Void> toMunicipality(String code) {
        return caller.requireMunicipality(code);
    }

    /** Passes when the viewer may see and act for the province; fails with 403 otherwise. */
    Uni<Void> toProvince(String code) {
        return caller.requireProvince(code);
    }

    /** Passes only for the municipality's own officers: they alone record for it (403 otherwise, as by URL). */
    Uni<Void> ownMunicipalityOnly(String code) {
        return isOwnMunicipality(code) ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(Caller.forbidden("municipality " + code));
    }

    boolean rijk() {
        return token.getGroups().contains(Roles.RIJK);
    }

    /** Whether the viewer is province staff: only they fill in the province's forms. */
    boolean provinceStaff() {
        return token.getGroups().contains(Roles.PROVINCE);
    }

    /** The province of a signed-in province staff member; none for anyone else. */
    Optional<String> ownProvince() {
        return provinceStaff() ? caller.province() : Optional.empty();
    }

    /** The municipality of a signed-in municipal officer; none for anyone else. */
    Optional<String> ownMunicipality() {
        return caller.is(Roles.MUNICIPALITY) ? caller.municipality() : Optional.empty();
    }

    boolean isOwnMunicipality(String code) {
        return ownMunicipality().filter(code::equals).isPresent();
    }

    /**
     * The viewer's own token for another service's API: the access token of the dashboard's sign-in, or the bearer
     * token the page was opened with.
     */
    String bearer() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return "Bearer " + (credential != null ? credential.getToken() : token.getRawToken());
    }
}
