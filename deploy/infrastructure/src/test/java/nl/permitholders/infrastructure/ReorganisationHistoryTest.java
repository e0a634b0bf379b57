package nl.permitholders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.ReorganisationHistory.Kind;
import nl.permitholders.infrastructure.ReorganisationHistory.Reorganisation;
import org.junit.jupiter.api.Test;

/** CBS's register and its reorganisations since 2019, as the files give them. */
class ReorganisationHistoryTest {

    private static final ReorganisationHistory HISTORY = ReorganisationHistory.load();

    @Test
    void theRegisterOf2019HoldsCbssThreeHundredAndEightyMunicipalities() {
        assertThat(HISTORY.registerOf2019()).hasSize(380);
        assertThat(HISTORY.municipalitiesOn(ReorganisationHistory.START)).hasSize(380);
        assertThat(HISTORY.registerOf2019()).extracting(ReorganisationHistory.Municipality::code)
                .contains("GM0788", "GM0053", "GM0457").doesNotContain("GM1966", "GM1980");
    }

    @Test
    void theRegisterCountsAsCbsRecordsItOnEachDate() {
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2019, 1, 1))).hasSize(355);
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2021, 1, 1))).hasSize(352);
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2022, 1, 1))).hasSize(345);
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2022, 3, 24))).hasSize(344);
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2023, 1, 1))).hasSize(342);
    }

    @Test
    void haarenIsSplitOverItsFourReceiversAndWinsumAfterItsReceiversAreFormed() {
        List<Reorganisation> all = HISTORY.reorganisations();
        Reorganisation haaren = all.stream().filter(r -> r.code().equals("GM0788")).findFirst().orElseThrow();
        assertThat(haaren.kind()).isEqualTo(Kind.OPSPLITSING);
        assertThat(haaren.parts()).containsExactly("GM0757", "GM0824", "GM0855", "GM0865");
        int winsum = all.indexOf(all.stream().filter(r -> r.code().equals("GM0053")).findFirst().orElseThrow());
        int hetHogeland = all.indexOf(all.stream().filter(r -> r.code().equals("GM1966")).findFirst().orElseThrow());
        assertThat(hetHogeland).isLessThan(winsum);
        assertThat(all).extracting(Reorganisation::date).isSorted();
    }

    @Test
    void theReplayRegistersThe380AndRecordsEveryReorganisationOnceInDateOrder() {
        RecordingQuota quota = new RecordingQuota();
        assertThat(HISTORY.replay(quota)).isEqualTo(HISTORY.reorganisations().size());
        assertThat(quota.csv.get(0).lines().skip(1)).hasSize(380);
        assertThat(quota.posts).extracting(post -> (String) post.get("effectiveDate")).isSorted();
        assertThat(quota.posts).hasSize(HISTORY.reorganisations().size());
        Map<String, Object> haaren = quota.posts.stream().filter(post -> "GM0788".equals(post.get("municipalityCode"))).findFirst()
                .orElseThrow();
        assertThat((List<?>) haaren.get("receivers")).hasSize(4)
                .allSatisfy(receiver -> assertThat(((Map<?, ?>) receiver).get("share")).isEqualTo(ReorganisationHistory.ASSUMED_SHARE));
        Map<String, Object> weesp = quota.posts.stream().filter(post -> post.get("mergedMunicipalityCodes") != null
                && ((List<?>) post.get("mergedMunicipalityCodes")).contains("GM0457")).findFirst().orElseThrow();
        assertThat(weesp).containsEntry("effectiveDate", "2022-03-24").containsEntry("municipality", Map.of("code", "GM0363"));
        Map<String, Object> voorneAanZee = quota.posts.stream().filter(post -> post.get("municipality") instanceof Map<?, ?> m
                && "GM1992".equals(m.get("code"))).findFirst().orElseThrow();
        assertThat(voorneAanZee.get("municipality")).isEqualTo(Map.of("code", "GM1992", "name", "Voorne aan Zee", "provinceCode", "PV28"));
    }

    @Test
    void loadingAgainRecordsNothingTwice() {
        RecordingQuota quota = new RecordingQuota();
        HISTORY.replay(quota);
        int posts = quota.posts.size();
        assertThat(HISTORY.replay(quota)).isZero();
        assertThat(quota.posts).hasSize(posts);
    }

    /** quota-service as far as the replay sees it: what was posted, and the last days the reorganisations gave. */
    private static final class RecordingQuota implements ReorganisationHistory.QuotaApi {
        final List<String> csv = new ArrayList<>();
        final List<Map<String, Object>> posts = new ArrayList<>();
        final Map<String, LocalDate> lastDays = new HashMap<>();

        @Override
        public void putJson(String path, Map<String, Object> body) {
        }

        @Override
        public void putCsv(String path, String body) {
            csv.add(body);
        }

        @Override
        public void postJson(String path, Map<String, Object> body) {
            posts.add(body);
            LocalDate lastDay = LocalDate.parse((String) body.get("effectiveDate")).minusDays(1);
            if (path.equals("/splits")) {
                lastDays.put((String) body.get("municipalityCode"), lastDay);
            } else {
                ((List<?>) body.get("mergedMunicipalityCodes")).forEach(code -> lastDays.put((String) code, lastDay));
            }
        }

        @Override
        public LocalDate validUntil(String municipalityCode) {
            return lastDays.get(municipalityCode);
        }
    }
}
