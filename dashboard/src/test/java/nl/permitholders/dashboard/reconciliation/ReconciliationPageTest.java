package nl.permitholders.dashboard.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.api.Reconciliation;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.display.Table;
import nl.permitholders.display.Table.Cell;
import org.junit.jupiter.api.Test;

/**
 * COA's positions beside the system's figures as the page shows them from supervision's getCoaReconciliation, the
 * figures province staff may adopt, and the import's refusals said in Dutch.
 */
@QuarkusTest
class ReconciliationPageTest {

    @Inject
    ObjectMapper json;

    private List<Reconciliation> lines() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/gelderland-reconciliation.json")) {
            return json.readValue(in, new TypeReference<>() { });
        }
    }

    @Test
    void aRowPerMunicipalityAndReferenceDateWithTheDifferencesCoasOwnArithmeticAndTheAdoption() throws IOException {
        Table table = ReconciliationPage.table("Gelderland", lines());

        assertThat(table.headers()).isEqualTo(ReconciliationPage.HEADERS);
        assertThat(table.rows().get(1).key()).isEqualTo("GM9202-2024-12-31");
        assertThat(table.rows().get(1).link()).isEqualTo("/dashboard/gemeenten/GM9202");
        assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("Arnhem", "31 december 2024", "1.100", "1.103",
                "-3", "1.110", "1.110", "0", "10", "7", "3", "verschilt", "per 1 januari 2025", "5 januari 2025", "2e halfjaar 2024",
                "-1.100", "", "te herbeoordelen");
        assertThat(table.rows().get(1).cells().get(4).style()).isEqualTo("getal verschil");
        assertThat(table.rows().get(1).cells().get(7).style()).isEqualTo("getal");
        // COA's own figures do not add up: 60 - 5 = 55, but COA writes 58.
        assertThat(table.rows().get(2).cells().get(16).text()).isEqualTo("60 − 5 = 55, COA schrijft 58 (verschil 3)");
    }

    @Test
    void staffMayAdoptEndPositionsAtDeadlinesThatHaveComeAndRevisionsNotAdoptedYetOrToReview() throws IOException {
        List<Choice> adoptable = ReconciliationPage.adoptable(lines(), LocalDate.of(2025, 3, 1));

        assertThat(adoptable).extracting(Choice::value).containsExactly("GM9202/2025-01-01/meegenomen", "GM9202/2025-01-01",
                "GM9268/2025-01-01");
        assertThat(adoptable.get(0).label()).isEqualTo("Arnhem, herziening: meegenomen in het 1e halfjaar 2025 volgens de peildatum "
                + "1 februari 2025: COA 1.100, systeem 1.103");
        assertThat(adoptable.get(1).label()).isEqualTo("Arnhem, stand per 31 december 2024: COA 1.100, systeem 1.103");
        // Before the deadline has come, its end position is not offered.
        assertThat(ReconciliationPage.adoptable(lines(), LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void theImportsRefusalsAreSaidInDutchLineByLine() {
        String problem = "{\"status\":400,\"invalidParams\":["
                + "{\"name\":\"line 7: Afgemeld\",\"reason\":\"'veel' is not a whole number (write 1234 or 1.234)\"},"
                + "{\"name\":\"line 4: Gemeentecode\",\"reason\":\"GM9998 is not a registered municipality\"},"
                + "{\"name\":\"file\",\"reason\":\"has a header but no lines\"},"
                + "{\"name\":\"Stand\",\"reason\":\"something the page does not know\"}]}";
        Refusal refused = Refusal.of(Response.status(400).entity(problem).type("application/problem+json").build());

        assertThat(CoaRefusalsInDutch.of(refused)).containsExactly(
                "regel 7, Afgemeld: 'veel' is geen geheel getal (schrijf 1234 of 1.234, een negatief getal als -12)",
                "regel 4, Gemeentecode: GM9998 is geen gemeente die het systeem kent",
                "het bestand: heeft een kopregel maar geen regels",
                "kolom Stand: something the page does not know");
    }
}
