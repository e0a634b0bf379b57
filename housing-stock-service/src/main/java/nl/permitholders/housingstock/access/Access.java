package nl.permitholders.housingstock.access;

import java.time.Clock;
import java.time.LocalDate;
import nl.permitholders.platform.merger.Mergers;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;

/**
 * The calling tenant, read from the token once per request. Resources take a {@link Tenancy} at the start of a
 * request and use it in their reactive chains, which need no request scope then.
 */
@RequestScoped
public class Access {

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    @Inject
    Clock clock;

    public Tenancy tenancy() {
        return new Tenancy(caller.is(Roles.MUNICIPALITY), caller.municipality().orElse(null),
                caller.is(Roles.CORPORATION), caller.corporation().orElse(null), mergers.known(), LocalDate.now(clock));
    }

    /** Who acts, for the audit columns ({@code registeredBy}, {@code reportedBy}, ...). */
    public String actor() {
        return caller.name();
    }

    /** Throws 403 unless {@code allowed}: the caller's tenant does not reach {@code what}. */
    public static void require(boolean allowed, String what) {
        if (!allowed) {
            throw forbidden(what);
        }
    }

    /** 403 with a detail that names what was asked for, and nothing about whose it is. */
    public static ForbiddenException forbidden(String what) {
        return new ForbiddenException("Your token does not allow you to act for " + what + ".");
    }

    /** The list scope for the filters given, or 403 when one names another tenant. */
    public static Tenancy.Scope scope(Tenancy tenancy, String municipalityFilter, String corporationFilter, String corporationParameter) {
        return tenancy.scope(municipalityFilter, corporationFilter).orElseThrow(() -> new ForbiddenException(
                "Your token does not allow you to list these: a municipality lists only its own municipality "
                        + "(municipalityCode), a corporation only its own (" + corporationParameter + ")."));
    }
}
