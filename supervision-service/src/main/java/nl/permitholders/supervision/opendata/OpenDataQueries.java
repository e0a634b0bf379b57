package nl.permitholders.supervision.opendata;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;

/**
 * What the open data serves, as published and never changed after ({@link OpenDataPublicationStore}), and the populations
 * CBS's figures give ({@link OpenDataPopulationStore}). Only reads: publishing is {@link OpenDataPublishingService}'s.
 */
@ApplicationScoped
public class OpenDataQueries {

    @Inject
    OpenDataPublicationStore publications;

    @Inject
    OpenDataPopulationStore populations;

    /** Every version published, of every half-year. */
    public Uni<List<PublishedVersion>> versions() {
        return publications.all();
    }

    /** The half-year's versions. */
    public Uni<List<PublishedVersion>> versions(Period period) {
        return publications.of(period);
    }

    /** A file of a version as it was published (the latest without one); empty when none was. */
    public Uni<Optional<PublishedFile>> file(Period period, Optional<Integer> version, OpenDataFile file) {
        return publications.file(period, version, file);
    }

    /** The reference dates populations are known on. */
    public Uni<List<LocalDate>> referenceDates() {
        return populations.referenceDates();
    }

    /** The populations on a reference date. */
    public Uni<List<PopulationFiles.Row>> populationsOn(LocalDate referenceDate) {
        return populations.on(referenceDate);
    }
}
