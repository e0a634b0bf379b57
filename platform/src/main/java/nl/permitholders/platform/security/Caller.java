package nl.permitholders.platform.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified bearer token: roles and the tenant claims that bind them. Resources use it for the
 * object-level checks a role annotation cannot make (OWASP API1): a municipality reaches only its own objects, a
 * province only its own municipalities' data, a corporation only its own.
 */
@RequestScoped
public class Caller {

    public static final String MUNICIPALITY_CLAIM = "municipality";
    public static final String PROVINCE_CLAIM = "province";
    public static final String CORPORATION_CLAIM = "corporation";

    @Inject
    JsonWebToken token;

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** The subject, for audit trails: who did it. */
    public String name() {
        return token.getName() != null ? token.getName() : token.getSubject();
    }

    public Optional<String> municipality() {
        return claim(MUNICIPALITY_CLAIM);
    }

    public Optional<String> province() {
        return claim(PROVINCE_CLAIM);
    }

    public Optional<String> corporation() {
        return claim(CORPORATION_CLAIM);
    }

    /** A municipality may act only for itself; callers in other roles pass (their role was checked already). */
    public void requireOwnMunicipality(String municipalityCode) {
        if (is(Roles.MUNICIPALITY) && !onlyRole(Roles.MUNICIPALITY, municipality(), municipalityCode)) {
            throw forbidden("municipality " + municipalityCode);
        }
    }

    /** A province may act only for itself. */
    public void requireOwnProvince(String provinceCode) {
        if (is(Roles.PROVINCE) && !onlyRole(Roles.PROVINCE, province(), provinceCode)) {
            throw forbidden("province " + provinceCode);
        }
    }

    /** A corporation may act only for itself. */
    public void requireOwnCorporation(String corporationId) {
        if (is(Roles.CORPORATION) && !onlyRole(Roles.CORPORATION, corporation(), corporationId)) {
            throw forbidden("organisation " + corporationId);
        }
    }

    /** Whether the caller's tenant claim names the object's tenant. */
    private boolean onlyRole(String role, Optional<String> tenant, String objectTenant) {
        return tenant.isPresent() && tenant.get().equals(objectTenant);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Collection<?> values) {
            List<?> list = List.copyOf(values);
            return list.size() == 1 ? Optional.of(String.valueOf(list.get(0))) : Optional.empty();
        }
        String text = value.toString();
        // JSON string claims arrive quoted from some token implementations.
        return Optional.of(text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text);
    }

    /** The refusal of a caller whose token does not reach {@code what}. */
    public static ForbiddenException forbidden(String what) {
        return new ForbiddenException("Your token does not allow you to act for " + what + ".");
    }
}
