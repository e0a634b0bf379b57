package nl.permitholders.supervision.verdict;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "verdict_record")
public class VerdictRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String period;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public int backlog;

    @Column(name = "still_to_house_at_reference")
    public int stillToHouseAtReference;

    @Column(name = "coupled_unhoused_at_reference")
    public int coupledUnhousedAtReference;

    @Column(name = "coupling_deficit")
    public int couplingDeficit;

    @Column(name = "cause_event_type")
    public String causeEventType;

    @Column(name = "cause_event_id")
    public UUID causeEventId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Uni<List<VerdictRecord>> of(String municipalityCode) {
        return list("municipalityCode = ?1 order by period, id", municipalityCode);
    }
}
