package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import nl.permitholders.webhooks.WebhookAudience.EventFacts;
import nl.permitholders.webhooks.WebhookAudience.Owner;
import nl.permitholders.webhooks.WebhookAudience.OwnerRole;
import org.junit.jupiter.api.Test;

/** A subscriber hears of what it may read through the APIs, and nothing else. */
class WebhookAudienceTest {

    private static final String VACANCY = "nl.permitholders.housingstock.vacancy-reported.v1";
    private static final String UNIT_RETIRED = "nl.permitholders.housingstock.unit-retired.v1";
    private static final String COUPLING = "nl.permitholders.placement.coupling-registered.v1";
    private static final String QUOTA = "nl.permitholders.quota.quota-set.v1";
    private static final String NATIONAL = "nl.permitholders.quota.national-quota-set.v1";
    private static final String STAGE = "nl.permitholders.supervision.intervention-stage-decided.v1";

    private static final Owner ALMELO = new Owner(OwnerRole.MUNICIPALITY, "GM0141");
    private static final Owner OVERIJSSEL = new Owner(OwnerRole.PROVINCE, "PV23");
    private static final Owner BETER_WONEN = new Owner(OwnerRole.CORPORATION, "beter-wonen");
    private static final Owner RIJK = new Owner(OwnerRole.RIJK, null);
    private static final Owner COA = new Owner(OwnerRole.COA, null);

    @Test
    void aCorporationHearsOfItsOwnUnitsVacanciesAndAllocationsOnly() {
        assertThat(WebhookAudience.mayRead(BETER_WONEN, new EventFacts(VACANCY, "GM0153", null, "beter-wonen"))).isTrue();
        assertThat(WebhookAudience.mayRead(BETER_WONEN, new EventFacts(UNIT_RETIRED, "GM0141", "PV23", "beter-wonen"))).isTrue();
        assertThat(WebhookAudience.mayRead(BETER_WONEN, new EventFacts(VACANCY, "GM0141", "PV23", "andere-corporatie"))).isFalse();
        assertThat(WebhookAudience.mayRead(BETER_WONEN, new EventFacts(UNIT_RETIRED, "GM0141", "PV23", null))).isFalse();
        assertThat(WebhookAudience.mayRead(BETER_WONEN, new EventFacts(COUPLING, "GM0141", "PV23", null))).isFalse();
        assertThat(WebhookAudience.mayChoose(OwnerRole.CORPORATION, QUOTA)).isFalse();
    }

    @Test
    void aMunicipalityHearsOfWhatConcernsItselfInEveryService() {
        for (String type : new String[] {VACANCY, COUPLING, QUOTA, STAGE}) {
            assertThat(WebhookAudience.mayRead(ALMELO, new EventFacts(type, "GM0141", "PV23", "beter-wonen"))).as(type).isTrue();
            assertThat(WebhookAudience.mayRead(ALMELO, new EventFacts(type, "GM0153", "PV23", "beter-wonen"))).as(type).isFalse();
        }
        assertThat(WebhookAudience.mayRead(ALMELO, new EventFacts(NATIONAL, null, null, null))).isFalse();
    }

    @Test
    void aProvinceHearsOfQuotasAndSupervisionOfItsOwnMunicipalities() {
        assertThat(WebhookAudience.mayRead(OVERIJSSEL, new EventFacts(QUOTA, "GM0141", "PV23", null))).isTrue();
        assertThat(WebhookAudience.mayRead(OVERIJSSEL, new EventFacts(STAGE, "GM0141", "PV23", null))).isTrue();
        assertThat(WebhookAudience.mayRead(OVERIJSSEL, new EventFacts(QUOTA, "GM0200", "PV25", null))).isFalse();
        assertThat(WebhookAudience.mayRead(OVERIJSSEL, new EventFacts(QUOTA, "GM9999", null, null))).isFalse();
        assertThat(WebhookAudience.mayRead(OVERIJSSEL, new EventFacts(COUPLING, "GM0141", "PV23", null))).isFalse();
        assertThat(WebhookAudience.mayRead(OVERIJSSEL, new EventFacts(VACANCY, "GM0141", "PV23", "beter-wonen"))).isFalse();
    }

    @Test
    void theRijkHearsOfQuotaAndSupervisionEverywhereAndCoaOfPlacements() {
        assertThat(WebhookAudience.mayRead(RIJK, new EventFacts(NATIONAL, null, null, null))).isTrue();
        assertThat(WebhookAudience.mayRead(RIJK, new EventFacts(STAGE, "GM0141", "PV23", null))).isTrue();
        assertThat(WebhookAudience.mayRead(RIJK, new EventFacts(COUPLING, "GM0141", "PV23", null))).isFalse();
        assertThat(WebhookAudience.mayRead(RIJK, new EventFacts(VACANCY, "GM0141", "PV23", "beter-wonen"))).isFalse();
        assertThat(WebhookAudience.mayRead(COA, new EventFacts(COUPLING, "GM0141", "PV23", null))).isTrue();
        assertThat(WebhookAudience.mayRead(COA, new EventFacts(QUOTA, "GM0141", "PV23", null))).isFalse();
    }

    @Test
    void aFilterOnlyNarrowsWhatItsOwnerMayRead() {
        Subscription everythingOfAlmelo = subscription(ALMELO, java.util.Set.of(QUOTA, VACANCY), java.util.Set.of("GM0153"));
        assertThat(everythingOfAlmelo.takes(new EventFacts(QUOTA, "GM0153", "PV23", null))).isFalse();
        assertThat(everythingOfAlmelo.takes(new EventFacts(QUOTA, "GM0141", "PV23", null))).isFalse();
        Subscription quotas = subscription(ALMELO, java.util.Set.of(QUOTA), java.util.Set.of());
        assertThat(quotas.takes(new EventFacts(QUOTA, "GM0141", "PV23", null))).isTrue();
        assertThat(quotas.takes(new EventFacts(STAGE, "GM0141", "PV23", null))).isFalse();
    }

    private static Subscription subscription(Owner owner, java.util.Set<String> types, java.util.Set<String> codes) {
        return new Subscription(java.util.UUID.randomUUID(), owner, "https://example.org/", types, codes,
                Subscription.SigningSecrets.of(Signature.newSecret()), Subscription.Status.ACTIVE, null, java.time.Instant.now(),
                java.time.Instant.now(), "someone", null);
    }
}
