package nl.permitholders.housingstock.access;

import java.util.Set;
import java.time.LocalDate;
import nl.permitholders.platform.merger.Succession;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose housing-stock facts a caller reaches (docs/security.md, OWASP API1). A municipality reaches what lies in its
 * municipality: units of every owner there, the vacancies, allocations, agreements and projects there. A corporation
 * reaches what is its own: the units and projects it owns, the vacancies and allocations it reported, the agreements
 * it is party to. Every fact has a municipality and a corporation side (either may be absent), so one rule serves
 * all. A caller in another role, or in one of these roles without its tenant claim, reaches nothing. (A token with
 * both roles reaches what either reaches; its lists show what both do.) From a merger's date on, what lies in a merged
 * municipality is the continuing municipality's to reach, and no longer the merged one's (R3, {@link Succession}).
 */
public final class Tenancy {

    private final boolean municipalityRole;
    private final String municipality;
    private final boolean corporationRole;
    private final String corporation;
    private final Succession succession;
    private final LocalDate today;

    /**
     * @param municipality the municipality claim when the caller has the municipality role (null if the token has none)
     * @param corporation  the corporation claim when the caller has the corporation role (null if the token has none)
     */
    public Tenancy(boolean municipalityRole, String municipality, boolean corporationRole, String corporation) {
        this(municipalityRole, municipality, corporationRole, corporation, Succession.none(), LocalDate.now());
    }

    /** As the caller reaches facts on {@code today}, with the mergers in {@code succession}. */
    public Tenancy(boolean municipalityRole, String municipality, boolean corporationRole, String corporation, Succession succession,
                   LocalDate today) {
        this.succession = succession;
        this.today = today;
        this.municipalityRole = municipalityRole;
        this.municipality = municipalityRole ? municipality : null;
        this.corporationRole = corporationRole;
        this.corporation = corporationRole ? corporation : null;
    }

    public static Tenancy municipality(String code) {
        return new Tenancy(true, code, false, null);
    }

    public static Tenancy corporation(String id) {
        return new Tenancy(false, null, true, id);
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
     * Whether the caller reaches a fact in {@code municipalityCode} held by {@code corporationId}; pass null for a side
     * that must not count (a vacancy is written only by its corporation, so its municipality side is null there).
     */
    public boolean reaches(String municipalityCode, String corporationId) {
        return isMunicipality(municipalityCode) || isCorporation(corporationId);
    }

    /**
     * Whether the caller may read a fact in {@code municipalityCode} held by {@code corporationId}: what it reaches, and
     * what lay in its own municipality before that merged into another (R3: its history stays readable).
     */
    public boolean reads(String municipalityCode, String corporationId) {
        return reaches(municipalityCode, corporationId) || municipality != null && municipality.equals(municipalityCode);
    }

    /** Whether the caller is this municipality, or the one that continues it from a merger on (R3). */
    public boolean isMunicipality(String municipalityCode) {
        return municipality != null && municipalityCode != null
                && municipality.equals(succession.responsibleOn(municipalityCode, today));
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
     * What a list shows the caller, from the filters it gave: a municipality sees its own municipality only, a
     * corporation its own facts only; a filter left out is set to the caller's own. Empty (refused) when a filter names
     * another tenant, or the caller is bound to no tenant here.
     */
    public Optional<Scope> scope(String municipalityFilter, String corporationFilter) {
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
        return "Tenancy[municipality=" + (municipalityRole ? Objects.toString(municipality, "(no claim)") : "-")
                + ", corporation=" + (corporationRole ? Objects.toString(corporation, "(no claim)") : "-") + "]";
    }
}
