package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.ReorganisationHistory;
import org.junit.jupiter.api.Test;

/** The demo's register: the country of 2019 and CBS's reorganisations since, leading to the 342 its figures are for. */
class DemoRegisterTest {

    @Test
    void theDemoRegistersThe380Of2019AndReplaysEveryReorganisationOnceForTheFiguresOf342() {
        FakeQuota quota = new FakeQuota();
        DemoFigures figures = DemoFigures.load();
        List<String> codes = DemoRegister.register(figures, quota);
        assertThat(codes).hasSize(342).containsExactlyElementsOf(figures.municipalities.keySet());
        assertThat(quota.municipalitiesImported).hasSize(380).contains("GM0788", "GM0457").doesNotContain("GM1992");
        assertThat(quota.provinces).hasSize(12);
        assertThat(quota.posted).hasSize(ReorganisationHistory.load().reorganisations().size());
        assertThat(quota.posted).filteredOn(path -> path.equals("/splits")).hasSize(2);

        DemoRegister.register(figures, quota);
        assertThat(quota.posted).as("loading again records nothing twice").hasSize(ReorganisationHistory.load().reorganisations().size());
    }

    private static final class FakeQuota implements ReorganisationHistory.QuotaApi {
        final List<String> provinces = new ArrayList<>();
        final List<String> municipalitiesImported = new ArrayList<>();
        final List<String> posted = new ArrayList<>();
        final Map<String, LocalDate> lastDays = new HashMap<>();

        @Override
        public void putJson(String path, Map<String, Object> body) {
            if (path.startsWith("/provinces/") && !provinces.contains(path)) {
                provinces.add(path);
            }
        }

        @Override
        public void putCsv(String path, String csv) {
            municipalitiesImported.clear();
            csv.lines().skip(1).forEach(line -> municipalitiesImported.add(line.substring(0, line.indexOf(';'))));
        }

        @Override
        public void postJson(String path, Map<String, Object> body) {
            posted.add(path);
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
