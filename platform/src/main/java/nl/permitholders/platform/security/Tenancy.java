package nl.permitholders.platform.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which tenants a caller reaches (docs/security.md, OWASP API1), from its roles and the tenant claims that bind them:
 * a municipality reaches itself, a province (its staff and its administrators alike) itself and its own
 * municipalities, a corporation itself. A role bound to a tenant but without its claim reaches no tenant of that kind.
 * From a merger's date on, what lay in a merged municipality is the continuing municipality's to reach, and the merged
 * one's staff still read its history (R3, {@link Succession}). What a service knows that the token does not (which
 * province a municipality lies in, which mergers took place) it passes in.
 *
 * <p>Two questions, for two kinds of object. A request that names a tenant (a path's municipality or province) asks
 * {@link #actsForMunicipality}, {@link #actsForProvince}: a role bound to no tenant of that kind (the Rijk, COA, the
 * operator) passes, its role having been checked already. A fact held by a municipality and a corporation (a unit, a
 * vacancy, an agreement) asks {@link #reaches}: only the municipality and the corporation it lies with reach it.
 */
public final class Tenancy {

    private final Set<String> roles;
    private final String municipality;
    private final String province;
    private final String corporation;
    private final Succession succession;
    private final LocalDate today;

    private Tenancy(Set<String> roles, String municipality, String province, String corporation, Succession succession,
                    LocalDate today) {
        this.roles = roles;
        this.municipality = roles.contains(Roles.MUNICIPALITY) ? municipality : null;
        this.province = boundToProvince(roles) ? province : null;
        this.corporation = roles.contains(Roles.CORPORATION) ? corporation : null;
        this.succession = succession;
        this.today = today;
    }

    /** A caller in {@code roles} with these tenant claims (each null when the token has none), without mergers. */
    public static Tenancy of(Collection<String> roles, String municipality, String province, String corporation) {
        return new Tenancy(Set.copyOf(roles), municipality, province, corporation, Succession.none(), LocalDate.now());
    }

    public static Tenancy municipality(String code) {
        return of(Set.of(Roles.MUNICIPALITY), code, null, null);
    }

    public static Tenancy province(String code) {
        return of(Set.of(Roles.PROVINCE), null, code, null);
    }

    public static Tenancy corporation(String id) {
        return of(Set.of(Roles.CORPORATION), null, null, id);
    }

    /** The same caller as it reaches facts on {@code today}, with the mergers in {@code succession}. */
    public Tenancy following(Succession mergers, LocalDate on) {
        return new Tenancy(roles, municipality, province, corporation, mergers, on);
    }

    /** Whether the caller acts for a province, whose municipalities it reaches only by knowing where they lie. */
    public boolean boundToProvince() {
        return boundToProvince(roles);
    }

    private static boolean boundToProvince(Set<String> roles) {
        return roles.contains(Roles.PROVINCE) || roles.contains(Roles.PROVINCE_ADMINISTRATOR);
    }

    /**
     * Whether the caller may act for municipality {@code code}, which lies in province {@code itsProvince} (null when
     * the service does not know): a municipality only for itself (or, from a merger on, for what passed to it), a
     * province only for one of its own municipalities. Other roles pass.
     */
    public boolean actsForMunicipality(String code, String itsProvince) {
        return (!roles.contains(Roles.MUNICIPALITY) || isMunicipality(code)) && inOwnProvince(itsProvince);
    }

    /**
     * Whether the caller may read what belongs to municipality {@code code}: what it acts for, and a merged
     * municipality's own history (R3).
     */
    public boolean readsMunicipality(String code, String itsProvince) {
        return (!roles.contains(Roles.MUNICIPALITY) || isMunicipality(code) || Objects.equals(municipality, code)
                || receivesPartOf(code)) && inOwnProvince(itsProvince);
    }

    /** Whether the caller's municipality received part of {@code code} in a split by today (R3): it reads what was there. */
    public boolean receivesPartOf(String code) {
        return municipality != null && code != null && succession.mayRead(municipality, code, today)
                && !municipality.equals(code) && !isMunicipality(code);
    }

    private boolean inOwnProvince(String itsProvince) {
        return !boundToProvince() || province != null && province.equals(itsProvince);
    }

    /** Whether the caller may act for province {@code code}: a province only for itself. Other roles pass. */
    public boolean actsForProvince(String code) {
        return !boundToProvince() || province != null && province.equals(code);
    }

    /**
     * What a list shows: only the given municipality and corporation, each null for any; {@code municipalityCodes} are
     * the municipality's own code and those merged into it by today (R3), null for any.
     */
    public record Scope(String municipalityCode, String corporationId, Set<String> municipalityCodes) {

        public Scope(String municipalityCode, String corporationId) {
            this(municipalityCode, corporationId, municipalityCode == null ? null : Set.of(municipalityCode));
        }
    }

    /**
     * Whether the caller reaches a fact in {@code municipalityCode} held by {@code corporationId}: the municipality it
     * lies in reaches it (of any corporation), and the corporation that holds it (in any municipality); no other role.
     * Pass null for a side that must not count (a vacancy is written only by its corporation). A token with both roles
     * reaches what either reaches.
     */
    public boolean reaches(String municipalityCode, String corporationId) {
        return isMunicipality(municipalityCode) || isCorporation(corporationId);
    }

    /**
     * Whether the caller may read a fact in {@code municipalityCode} held by {@code corporationId}: what it reaches, and
     * what lay in its own municipality before that merged into another (R3: its history stays readable).
     */
    public boolean reads(String municipalityCode, String corporationId) {
        return reaches(municipalityCode, corporationId) || municipality != null && municipality.equals(municipalityCode)
                || receivesPartOf(municipalityCode);
    }

    /**
     * Whether the caller is this municipality, or the one that continues it from a merger on (R3); nobody is a
     * municipality split over others from the split on.
     */
    public boolean isMunicipality(String municipalityCode) {
        return municipality != null && municipalityCode != null
                && succession.mayWrite(municipality, municipalityCode, today);
    }

    /** Whether the caller is this corporation. */
    public boolean isCorporation(String corporationId) {
        return corporation != null && corporation.equals(corporationId);
    }

    /** The caller's own corporation, when it acts as one. */
    public Optional<String> corporation() {
        return Optional.ofNullable(corporation);
    }

    /**
     * What a list of facts shows the caller, from the filters it gave: a municipality sees its own municipality only, a
     * corporation its own facts only; a filter left out is set to the caller's own. Empty (refused) when a filter names
     * another tenant, or the caller is bound to neither.
     */
    public Optional<Scope> scope(String municipalityFilter, String corporationFilter) {
        boolean municipalityRole = roles.contains(Roles.MUNICIPALITY);
        boolean corporationRole = roles.contains(Roles.CORPORATION);
        if (!municipalityRole && !corporationRole) {
            return Optional.empty();
        }
        String municipalityCode = municipalityFilter;
        String corporationId = corporationFilter;
        if (municipalityRole) {
            if (municipality == null || municipalityFilter != null && !municipalityFilter.equals(municipality)) {
                return Optional.empty();
            }
            municipalityCode = municipality;
        }
        if (corporationRole) {
            if (corporation == null || corporationFilter != null && !corporationFilter.equals(corporation)) {
                return Optional.empty();
            }
            corporationId = corporation;
        }
        return Optional.of(new Scope(municipalityCode, corporationId,
                municipalityCode == null ? null : succession.answeringFor(municipalityCode, today)));
    }

    @Override
    public String toString() {
        return "Tenancy" + roles.stream().sorted().toList() + "[municipality=" + Objects.toString(municipality, "-")
                + ", province=" + Objects.toString(province, "-") + ", corporation=" + Objects.toString(corporation, "-") + "]";
    }
}
