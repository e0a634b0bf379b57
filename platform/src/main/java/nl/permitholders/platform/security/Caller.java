package nl.permitholders.platform.security;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified bearer token, and which tenants it reaches: its {@link Tenancy}. Resources and
 * application services use it for the object-level checks a role annotation cannot make (OWASP API1): a request that
 * names a municipality or a province passes {@link #requireMunicipality} or {@link #requireProvince} before it loads
 * anything; a fact held by a municipality and a corporation is checked with {@link #tenancy()}{@code .reaches(...)}.
 */
@RequestScoped
public class Caller {

    public static final String MUNICIPALITY_CLAIM = "municipality";
    public static final String PROVINCE_CLAIM = "province";
    public static final String CORPORATION_CLAIM = "corporation";

    @Inject
    JsonWebToken token;

    @Inject
    Instance<MunicipalityProvinces> provinces;

    @Inject
    Clock clock;

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** The subject, for audit trails: who did it. */
    public String name() {
        return token.getName() != null ? token.getName() : token.getSubject();
    }

    public Optional<String> municipality() {
        return claim(token, MUNICIPALITY_CLAIM);
    }

    public Optional<String> province() {
        return claim(token, PROVINCE_CLAIM);
    }

    public Optional<String> corporation() {
        return claim(token, CORPORATION_CLAIM);
    }

    /** The tenants the caller reaches, as its token says. */
    public Tenancy tenancy() {
        return tenancyOf(token);
    }

    /** The tenants the caller reaches today, following the mergers the service knows (R3). */
    public Tenancy tenancy(Succession mergers) {
        return tenancy().following(mergers, LocalDate.now(clock));
    }

    /** The tenants the holder of {@code token} reaches, for a filter that has the token before the request's identity. */
    public static Tenancy tenancyOf(JsonWebToken token) {
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        return Tenancy.of(roles, claim(token, MUNICIPALITY_CLAIM).orElse(null), claim(token, PROVINCE_CLAIM).orElse(null),
                claim(token, CORPORATION_CLAIM).orElse(null));
    }

    /** Passes when the caller may act for municipality {@code code} ({@link Tenancy#actsForMunicipality}); 403 otherwise. */
    public Uni<Void> requireMunicipality(String code) {
        return requireMunicipality(tenancy(), code);
    }

    /**
     * As {@link #requireMunicipality(String)}, for {@code tenancy}. Asks the service's {@link MunicipalityProvinces}
     * only for a province caller; a failed lookup fails the request, never passes it.
     */
    public Uni<Void> requireMunicipality(Tenancy tenancy, String code) {
        if (!tenancy.boundToProvince()) {
            return required(tenancy.actsForMunicipality(code, null), "municipality " + code);
        }
        Uni<String> itsProvince = provinces.isResolvable() ? provinces.get().provinceOf(code) : Uni.createFrom().nullItem();
        return itsProvince.flatMap(province -> required(tenancy.actsForMunicipality(code, province), "municipality " + code));
    }

    /** Passes when the caller may act for province {@code code} ({@link Tenancy#actsForProvince}); 403 otherwise. */
    public Uni<Void> requireProvince(String code) {
        return requireProvince(tenancy(), code);
    }

    /** As {@link #requireProvince(String)}, for {@code tenancy}. */
    public Uni<Void> requireProvince(Tenancy tenancy, String code) {
        return required(tenancy.actsForProvince(code), "province " + code);
    }

    /** Throws 403 unless {@code allowed}: the caller's tenant does not reach {@code what}. */
    public static void require(boolean allowed, String what) {
        if (!allowed) {
            throw forbidden(what);
        }
    }

    private static Uni<Void> required(boolean allowed, String what) {
        return allowed ? Uni.createFrom().voidItem() : Uni.createFrom().failure(forbidden(what));
    }

    /** The refusal of a caller whose token does not reach {@code what}: it names what was asked for, nothing about whose it is. */
    public static ForbiddenException forbidden(String what) {
        return new ForbiddenException("Your token does not allow you to act for " + what + ".");
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
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
}
