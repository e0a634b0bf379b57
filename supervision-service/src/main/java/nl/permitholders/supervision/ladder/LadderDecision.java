package nl.permitholders.supervision.ladder;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stage decided by province staff, with date, reason and who decided; never changed, only followed by another. */
@Entity
@Table(name = "ladder_decision")
public class LadderDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Oldest first; the last is the stage in force. */
    public static Uni<List<LadderDecision>> of(String municipalityCode) {
        return list("municipalityCode = ?1 order by decidedOn, recordedAt", municipalityCode);
    }
}
