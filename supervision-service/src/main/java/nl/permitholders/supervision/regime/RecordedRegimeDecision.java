package nl.permitholders.supervision.regime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A {@link RegimeDecision} as stored, written in the transaction that appends its event; read back through {@link Regimes}. */
@Entity
@Table(name = "supervision_regime_decision")
public class RecordedRegimeDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public SupervisionRegime regime;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    static RecordedRegimeDecision of(RegimeDecision decision) {
        RecordedRegimeDecision row = new RecordedRegimeDecision();
        row.id = decision.id();
        row.municipalityCode = decision.municipalityCode();
        row.regime = decision.regime();
        row.decidedOn = decision.decidedOn();
        row.reason = decision.reason();
        row.decidedBy = decision.decidedBy();
        row.recordedAt = decision.recordedAt();
        return row;
    }
}
