package nl.permitholders.dashboard.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.api.Agreement;
import nl.permitholders.display.Table;
import nl.permitholders.display.Table.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exchange agreements (R2) as the pages show them from supervision's exchanges API: each party's change, a party
 * merged into another shown as agreed with where it is now (R3), a registered agreement that no longer holds, and the
 * agreements a province may register and a municipality may confirm or withdraw.
 */
@QuarkusTest
class ExchangePageTest {

    private static final Map<String, String> OVERIJSSEL = Map.of("GM0141", "Almelo", "GM0153", "Enschede", "GM0164", "Hengelo",
            "GM0457", "Weesp");

    @Inject
    ObjectMapper json;

    private List<Agreement> agreements;

    @BeforeEach
    void read() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/overijssel-exchanges.json")) {
            agreements = json.readValue(in, new TypeReference<>() { });
        }
    }

    @Test
    void eachAgreementWithItsPartiesWhereItStandsAndItsLastStep() {
        Table table = ExchangePage.table("Overijssel", agreements, OVERIJSSEL);

        assertThat(table.rows().get(0).cells()).extracting(Cell::text).containsExactly("2e halfjaar 2025",
                "Almelo taakstelling +5; Hengelo taakstelling -5", "voorgesteld, wacht op de andere gemeenten",
                "Hengelo, door hengelo op 1 september 2025", "voorgesteld door hengelo op 1 september 2025", "Hengelo neemt minder");
        assertThat(table.rows().get(1).cells().get(1).text()).isEqualTo(
                "Almelo taakstelling +10, achterstand +2; Weesp (nu deel van Enschede) taakstelling -10, achterstand -2");
        // A party outside the province is named by its code; a broken one says for whom it no longer holds.
        assertThat(table.rows().get(2).cells().get(1).text()).isEqualTo("Enschede taakstelling -20; GM9999 taakstelling +20");
        assertThat(table.rows().get(2).cells().get(2).text()).isEqualTo("geregistreerd, geldt niet meer voor Enschede");
        assertThat(table.rows().get(2).cells().get(4).text()).isEqualTo("geregistreerd door rijk op 1 maart 2025: over de grens");
        assertThat(ExchangePage.noLongerHolding(agreements, OVERIJSSEL)).containsExactly("De uitruil van 1e halfjaar 2025 (Enschede "
                + "taakstelling -20; GM9999 taakstelling +20) geldt niet meer voor Enschede: haar gecorrigeerde taakstelling is -15 "
                + "(meegenomen achterstand 0, voorlopige taakstelling 5, uitgeruild -20) en mag niet onder nul komen. De cijfers "
                + "tellen de feiten; de gemeenten of het Rijk moeten de uitruil herzien.");
    }

    @Test
    void theProvinceRegistersOnlyConfirmedAgreementsWhosePartsAllLieInItAndAMunicipalityActsForThoseMergedIntoIt() {
        assertThat(ExchangePage.registrable(agreements, OVERIJSSEL)).extracting(Choice::value)
                .containsExactly("22222222-2222-2222-2222-222222222222");
        assertThat(ExchangePage.registrable(agreements, Map.of("GM0141", "Almelo"))).isEmpty();

        LocalDate today = LocalDate.of(2025, 9, 10);
        MunicipalityExchangePage almelo = MunicipalityExchangePage.of("GM0141", "Almelo", null, true, agreements, OVERIJSSEL, today, null, null);
        assertThat(almelo.awaitingUs()).extracting(Choice::value).containsExactly("11111111-1111-1111-1111-111111111111");
        assertThat(almelo.ownOpen()).extracting(Choice::value).containsExactly("22222222-2222-2222-2222-222222222222");
        assertThat(almelo.partners()).extracting(Choice::label).containsExactly("Enschede", "Hengelo", "Weesp");
        assertThat(almelo.periods()).extracting(Choice::value).containsExactly("2025-H2", "2026-H1");
        assertThat(almelo.table().title()).isEqualTo("Uitruil waarin Almelo partij is");
        // Enschede holds Weesp's part: its proposal is Almelo's, so Enschede only sees it.
        MunicipalityExchangePage enschede = MunicipalityExchangePage.of("GM0153", "Enschede", null, true, agreements, OVERIJSSEL, today, null, null);
        assertThat(enschede.awaitingUs()).isEmpty();
        assertThat(enschede.ownOpen()).isEmpty();
    }
}
