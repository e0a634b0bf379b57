package nl.permitholders.quota.succession;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A municipality split over others (R3); its receivers and their shares are {@link SplitPart}s. */
@Entity
@Table(name = "municipality_split")
public class SplitRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "split_municipality_code")
    public String splitMunicipalityCode;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    public String reason;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
