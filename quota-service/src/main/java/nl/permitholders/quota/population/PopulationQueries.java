package nl.permitholders.quota.population;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.quota.reference.Municipality;

/** Reads the populations: a page at a time, so that a list of the whole country never loads every row to serve one page. */
@ApplicationScoped
public class PopulationQueries {

    /** The requested page of the current figures on {@code referenceDate}, by municipality code, with their names. */
    public Uni<Page<PopulationView>> onDate(LocalDate referenceDate, PageRequest request) {
        return Page.of(() -> PopulationVersion.currentFiguresOn(referenceDate), request, rows -> {
            List<String> codes = rows.stream().map(p -> p.municipalityCode).toList();
            return Municipality.namesOf(codes).map(byCode -> rows.stream().map(p -> new PopulationView(p.municipalityCode,
                    byCode.get(p.municipalityCode), p.referenceDate, p.persons, p.version, p.source)).toList());
        });
    }
}
