package nl.permitholders.quota.population;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.quota.events.QuotaEvents.PopulationSet;

/** A municipality's population on a reference date (1 January), as CBS published it or a province set it. */
@Entity
@Table(name = "population")
public class PopulationVersion extends PanacheEntityBase {

    /** The source of a figure CBS published, imported. */
    public static final String CBS_IMPORT = "CBS import";
    /** The source of a figure the province set with a merger: the continuing municipality's territory after it (R3). */
    public static final String SET_WITH_A_MERGER = "set by the province at merger";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "reference_date")
    public LocalDate referenceDate;

    public int version;
    public int persons;
    public String source;

    public boolean providedWithAMerger() {
        return SET_WITH_A_MERGER.equals(source);
    }

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The figure after {@code current} (null when there is none yet on the date): its next version. */
    public static PopulationVersion next(PopulationVersion current, String code, LocalDate referenceDate, int persons, String source,
                                         Instant recordedAt) {
        PopulationVersion population = new PopulationVersion();
        population.municipalityCode = code;
        population.referenceDate = referenceDate;
        population.version = current == null ? 1 : current.version + 1;
        population.persons = persons;
        population.source = source;
        population.recordedAt = recordedAt;
        return population;
    }

    /** The current (highest-version) population of every municipality that has one on the reference date. */
    public static Uni<Map<String, PopulationVersion>> currentOn(LocalDate referenceDate) {
        return PopulationVersion.<PopulationVersion>list("referenceDate = ?1 order by version", referenceDate)
                .map(PopulationVersion::latestByMunicipality);
    }

    static Map<String, PopulationVersion> latestByMunicipality(List<PopulationVersion> ascending) {
        Map<String, PopulationVersion> latest = new HashMap<>();
        ascending.forEach(p -> latest.put(p.municipalityCode, p));
        return latest;
    }

    /** The event that publishes this version; with a merger's figure, that it was one and when it was set. */
    public PopulationSet published() {
        boolean withAMerger = providedWithAMerger();
        return new PopulationSet(municipalityCode, referenceDate, persons, version, withAMerger ? Boolean.TRUE : null,
                withAMerger ? recordedAt : null);
    }

    /** Every version of a municipality's figures, on every reference date, the oldest first. */
    public static Uni<List<PopulationVersion>> versionsOf(String municipalityCode) {
        return list("municipalityCode = ?1 order by version", municipalityCode);
    }

    /** Each municipality's current figure on a reference date (its highest version there), by municipality code. */
    public static PanacheQuery<PopulationVersion> currentFiguresOn(LocalDate referenceDate) {
        return find("from PopulationVersion p where p.referenceDate = ?1 and p.version = (select max(q.version) from "
                + "PopulationVersion q where q.municipalityCode = p.municipalityCode and q.referenceDate = ?1) "
                + "order by p.municipalityCode", referenceDate);
    }
}
