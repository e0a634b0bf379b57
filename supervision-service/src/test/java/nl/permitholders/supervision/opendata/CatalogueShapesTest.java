package nl.permitholders.supervision.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as {@link Catalogue} writes it, with two half-years (one corrected) and CBS's populations, meets DCAT-AP
 * 3.0.0's mandatory, recommended and range shapes with no result at all (the served one: OpenDataCachingTest).
 */
class CatalogueShapesTest {

    @Test
    void aCatalogueOfHalfYearsVersionsAndPopulationsMeetsEveryShape() throws Exception {
        Period first = Period.parse("2025-H2");
        Period second = Period.parse("2026-H1");
        List<PublishedVersion> versions = List.of(
                new PublishedVersion(first, 1, Instant.parse("2025-08-01T01:30:00Z"), LocalDate.of(2025, 7, 31), PublicationKind.MONTHLY, "July"),
                new PublishedVersion(first, 2, Instant.parse("2025-08-03T01:30:00Z"), LocalDate.of(2025, 7, 31), PublicationKind.CORRECTION,
                        "A placement registered late"),
                new PublishedVersion(second, 1, Instant.parse("2026-02-01T01:30:00Z"), LocalDate.of(2026, 1, 31), PublicationKind.MONTHLY, "January"));
        String catalogue = new ObjectMapper().writeValueAsString(Catalogue.of("https://opendata.example.nl/supervision/v1/open-data", versions,
                List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))));
        assertThat(OpenDataCachingTest.DcatApShapes.results(catalogue)).isEmpty();
    }

    @Test
    void aCatalogueWithNothingPublishedYetMeetsTheMandatoryShapes() throws Exception {
        String catalogue = new ObjectMapper().writeValueAsString(Catalogue.of("https://opendata.example.nl/supervision/v1/open-data",
                List.of(), List.of(LocalDate.of(2024, 1, 1))));
        assertThat(OpenDataCachingTest.DcatApShapes.results(catalogue)).filteredOn(result -> result.startsWith("shapes.ttl")
                || result.startsWith("range.ttl")).isEmpty();
    }
}
