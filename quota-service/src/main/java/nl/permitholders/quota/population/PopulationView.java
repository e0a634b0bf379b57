package nl.permitholders.quota.population;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality's population on a reference date, in its current version, with where it came from. */
@Schema(requiredProperties = {"municipalityCode", "name", "referenceDate", "population", "version"})
public record PopulationView(String municipalityCode, String name, LocalDate referenceDate, int population, int version,
                             String source) {
}
