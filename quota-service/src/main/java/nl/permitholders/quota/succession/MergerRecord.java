package nl.permitholders.quota.succession;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "merger")
public class MergerRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "continuing_municipality_code")
    public String continuingMunicipalityCode;

    /** Whether the continuing municipality existed before and absorbed the others, keeping its code. */
    public boolean absorption;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    public String reason;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
