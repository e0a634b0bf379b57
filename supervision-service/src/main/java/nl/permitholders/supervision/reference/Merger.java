package nl.permitholders.supervision.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A municipality that merged into another from a half-year on (R3). */
@Entity
public class Merger extends PanacheEntityBase {

    @Id
    @Column(name = "merged_code")
    public String mergedCode;

    @Column(name = "new_code")
    public String newCode;

    @Column(name = "effective_period")
    public String effectivePeriod;
}
