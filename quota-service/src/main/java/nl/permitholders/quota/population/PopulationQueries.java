package nl.permitholders.quota.population;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.quota.reference.Municipality;

/** Reads the populations: a page at a time, so that a list of the whole country never loads every row to serve one page. */
@ApplicationScoped
public class PopulationQueries {

    /** Each municipality's current figure on a reference date: its highest version there. */
    private static final String CURRENT_ON = "from PopulationVersion p where p.referenceDate = ?1 and p.version = "
            + "(select max(q.version) from PopulationVersion q where q.municipalityCode = p.municipalityCode and q.referenceDate = ?1) "
            + "order by p.municipalityCode";

    /** The requested page of the current figures on {@code referenceDate}, by municipality code, with their names. */
    public Uni<Page<PopulationView>> onDate(LocalDate referenceDate, PageRequest request) {
        return Page.of(() -> PopulationVersion.<PopulationVersion>find(CURRENT_ON, referenceDate), request, rows -> {
            List<String> codes = rows.stream().map(p -> p.municipalityCode).toList();
            Uni<Map<String, String>> names = codes.isEmpty() ? Uni.createFrom().item(Map.of())
                    : Municipality.<Municipality>list("code in ?1", codes)
                    .map(found -> found.stream().collect(Collectors.toMap(m -> m.code, m -> m.name)));
            return names.map(byCode -> rows.stream().map(p -> new PopulationView(p.municipalityCode, byCode.get(p.municipalityCode),
                    p.referenceDate, p.persons, p.version, p.source)).toList());
        });
    }
}
