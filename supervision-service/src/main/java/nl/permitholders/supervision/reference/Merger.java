package nl.permitholders.supervision.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A municipality that merged into another on a date, its half-year wholly the other's (R3). */
@Entity
public class Merger extends PanacheEntityBase {

    @Id
    @Column(name = "merged_code")
    public String mergedCode;

    @Column(name = "new_code")
    public String newCode;

    @Column(name = "effective_period")
    public String effectivePeriod;

    /** The day the merged municipality ceased to exist; {@link #effectivePeriod} contains it. */
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
}
