package nl.permitholders.placement.audit;

import java.util.Objects;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;

/**
 * Who makes a change, for the audit trail: the subject of the verified bearer token, the role it acted in and, for a
 * municipality, the municipality it acted for. Never what the caller says about itself.
 *
 * @param name         the token's name (upn, preferred_username or sub)
 * @param role         the role the write was admitted in, e.g. {@code coa} or {@code municipality}
 * @param municipality the municipality claim when acting as a municipality; null otherwise
 */
public record Actor(String name, String role, String municipality) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** The caller, acting in {@code role} (the role the endpoint admits for this write). */
    public static Actor acting(Caller caller, String role) {
        return new Actor(caller.name(), role, Roles.MUNICIPALITY.equals(role) ? caller.municipality().orElse(null) : null);
    }
}
