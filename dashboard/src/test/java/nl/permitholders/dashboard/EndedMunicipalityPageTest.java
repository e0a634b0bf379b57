package nl.permitholders.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.permitholders.dashboard.ErrorPages.ErrorPage;
import nl.permitholders.dashboard.ErrorPages.WayOn;
import nl.permitholders.dashboard.api.Refusal;
import org.junit.jupiter.api.Test;

/**
 * A municipality's page of a half-year from the one it ended in on: supervision answers 410 with a Link to each
 * successor's figures of that half-year (getMunicipalityFigures, docs/supervision-api.md); the page says in Dutch what
 * happened and leads to each successor's page of the same half-year, not to an error about "the service".
 */
class EndedMunicipalityPageTest {

    @Test
    void theRefusalKeepsTheSuccessorsItsLinksName() {
        Response gone = Response.status(410).type("application/problem+json")
                .header("Link", "</supervision/v1/municipalities/GM1884/lifespan>; rel=\"describedby\"")
                .header("Link", "</supervision/v1/municipalities/GM1959/periods/2025-H2>; rel=\"successor-version\"")
                .header("Link", "</supervision/v1/municipalities/GM0796/periods/2025-H2>; rel=\"successor-version\"").build();

        Refusal refusal = Refusal.of(gone);

        assertThat(refusal.status()).isEqualTo(410);
        assertThat(refusal.successors()).containsExactlyInAnyOrder("/supervision/v1/municipalities/GM1959/periods/2025-H2",
                "/supervision/v1/municipalities/GM0796/periods/2025-H2");
        assertThat(Refusal.of(Response.status(404).build()).successors()).isEmpty();
    }

    @Test
    void thePageLeadsToEachSuccessorsPageOfTheSameHalfYear() {
        ErrorPage page = ErrorPages.ended("/dashboard/gemeenten/GM1884", List.of(
                "/supervision/v1/municipalities/GM1959/periods/2025-H2", "/supervision/v1/municipalities/GM0796/periods/2025-H2"), null);

        assertThat(page.title()).isEqualTo("Deze gemeente bestond in dit halfjaar niet meer");
        assertThat(page.explanation()).startsWith("Gemeente GM1884 is samengevoegd").contains("die van de gemeenten waarin");
        assertThat(page.waysOn()).extracting(WayOn::href).containsExactly("/dashboard/gemeenten/GM1959?periode=2025-H2",
                "/dashboard/gemeenten/GM0796?periode=2025-H2", "/dashboard");
        assertThat(page.waysOn().get(0).label()).isEqualTo("Naar gemeente GM1959, 2e halfjaar 2025");
        assertThat(page.code()).isEqualTo("Foutcode 410 (Gone)");
    }

    @Test
    void anAddressThatIsNoSuccessorsFiguresLeadsNowhereButHome() {
        ErrorPage page = ErrorPages.ended("/dashboard/gemeenten/GM1884", List.of("/elsewhere/GM1959", "javascript:alert(1)"), null);

        assertThat(page.waysOn()).extracting(WayOn::href).containsExactly("/dashboard");
    }
}
