package nl.permitholders.supervision.access;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.projection.ReadPool;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Whose supervision data a caller may see (docs/security.md, OWASP API1): the Rijk all of it, a province its own
 * municipalities and itself, a municipality only itself. The role is checked by annotation; this checks the tenant.
 */
@ApplicationScoped
public class SupervisionAccess {

    private static final String PROVINCE_OF = "SELECT province_code FROM municipality WHERE code = $1";

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    /** Passes when the caller may act for the municipality; fails with 403 otherwise. */
    public Uni<Void> toMunicipality(JsonWebToken token, String municipalityCode) {
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        if (roles.contains(Roles.MUNICIPALITY) && !municipalityCode.equals(claim(token, Caller.MUNICIPALITY_CLAIM))) {
            return refuse("municipality " + municipalityCode);
        }
        if (!roles.contains(Roles.PROVINCE)) {
            return Uni.createFrom().voidItem();
        }
        String ownProvince = claim(token, Caller.PROVINCE_CLAIM);
        return pool.preparedQuery(PROVINCE_OF).execute(Tuple.of(municipalityCode)).flatMap(rows -> {
            String province = rows.size() == 0 ? null : rows.iterator().next().getString("province_code");
            return province != null && province.equals(ownProvince) ? Uni.createFrom().voidItem()
                    : refuse("municipality " + municipalityCode + ": it is not one of the municipalities of province " + ownProvince);
        });
    }

    /** A province, its staff and its administrators alike, sees only itself; without a province claim, nothing. */
    public Uni<Void> toProvince(JsonWebToken token, String provinceCode) {
        boolean province = token.getGroups() != null
                && (token.getGroups().contains(Roles.PROVINCE) || token.getGroups().contains(Roles.PROVINCE_ADMINISTRATOR));
        return province && !provinceCode.equals(claim(token, Caller.PROVINCE_CLAIM))
                ? refuse("province " + provinceCode) : Uni.createFrom().voidItem();
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replaceAll("^\"|\"$", "");
    }

    private static Uni<Void> refuse(String what) {
        return Uni.createFrom().failure(new ForbiddenException("Your token does not allow you to act for " + what + "."));
    }
}
