package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's households as COA's records: the same every load, one file per province in the columns the import reads. */
class DemoHouseholdsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final DemoFigures figures = DemoFigures.load();
    private final Map<String, InventedCountry.Figures> country = InventedCountry.of(figures);

    @Test
    void everyLoadMakesTheSameHouseholdsAlmelosFirst() {
        List<DemoHouseholds.Household> households = DemoHouseholds.of(figures, country, TODAY);

        assertThat(DemoHouseholds.of(figures, country, TODAY)).isEqualTo(households);
        assertThat(households.get(0).coaReference()).isEqualTo("DEMO-ALM-2024-02-12-0");
        // Almelo's plan: 83 persons housed in 2024 and 75 in 2025, 50 still waiting.
        assertThat(households.stream().filter(h -> h.municipality().equals(DemoData.ALMELO) && h.housedOn() != null
                && h.housedOn().getYear() == 2024).mapToInt(DemoHouseholds.Household::persons).sum()).isEqualTo(83);
        assertThat(households.stream().filter(h -> h.municipality().equals(DemoData.ALMELO) && h.housedOn() == null)
                .mapToInt(DemoHouseholds.Household::persons).sum()).isEqualTo(50);
        assertThat(households.stream().map(DemoHouseholds.Household::coaReference).distinct()).hasSize(households.size());
        assertThat(households.stream().map(DemoHouseholds.Household::municipality).distinct()).hasSize(342);
    }

    @Test
    void aFileOfCoasRecordsPerProvinceWithAHouseholdALine() {
        List<DemoHouseholds.Household> households = DemoHouseholds.of(figures, country, TODAY);
        Map<String, String> files = DemoHouseholds.files(figures, households);

        assertThat(files).hasSize(12);
        assertThat(files.values().stream().mapToLong(file -> file.lines().count() - 1).sum()).isEqualTo(households.size());
        String overijssel = files.get(DemoData.OVERIJSSEL);
        assertThat(overijssel.lines().findFirst().orElseThrow()).isEqualTo(DemoHouseholds.HEADER);
        assertThat(overijssel.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("DEMO-ALM-2024-02-12-0;GM0141;2;3;gezin;2024-01-08;2024-01-22;2024-02-12;5");
        assertThat(overijssel).contains("DEMO-ALM-WAIT-2024-09-16-12;GM0141;1;0;alleenstaande;2024-09-02;2024-09-16;;\n");
        assertThat(DemoHouseholds.fileName("PV21", "Fryslân")).isEqualTo("demo-PV21-fryslan.csv");
        assertThat(DemoHouseholds.fileName("PV27", "Noord-Holland")).isEqualTo("demo-PV27-noord-holland.csv");
    }
}
