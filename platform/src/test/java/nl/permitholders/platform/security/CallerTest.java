package nl.permitholders.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The caller's tenancy is what its token's roles and claims say, read the way every token implementation gives them. */
class CallerTest {

    @Test
    void aTokensRolesAndClaimsMakeItsTenancy() {
        Tenancy province = Caller.tenancyOf(token(Map.of("groups", Set.of(Roles.PROVINCE), "province", "PV23")));
        assertThat(province.actsForProvince("PV23")).isTrue();
        assertThat(province.actsForProvince("PV24")).isFalse();
        assertThat(province.actsForMunicipality("GM0141", "PV23")).isTrue();
    }

    @Test
    void aQuotedClaimAndAClaimOfOneValueAreThatValue() {
        assertThat(Caller.tenancyOf(token(Map.of("groups", Set.of(Roles.MUNICIPALITY), "municipality", "\"GM0141\"")))
                .actsForMunicipality("GM0141", null)).isTrue();
        assertThat(Caller.tenancyOf(token(Map.of("groups", Set.of(Roles.CORPORATION), "corporation", List.of("beter-wonen"))))
                .isCorporation("beter-wonen")).isTrue();
    }

    @Test
    void aClaimOfSeveralValuesOrNoGroupsBindsToNoTenant() {
        Tenancy twoProvinces = Caller.tenancyOf(token(Map.of("groups", Set.of(Roles.PROVINCE), "province", List.of("PV23", "PV24"))));
        assertThat(twoProvinces.actsForProvince("PV23")).isFalse();
        assertThat(twoProvinces.actsForProvince("PV24")).isFalse();
        Tenancy noGroups = Caller.tenancyOf(token(Map.of("municipality", "GM0141")));
        assertThat(noGroups.reaches("GM0141", null)).isFalse();
        assertThat(noGroups.scope(null, null)).isEmpty();
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
