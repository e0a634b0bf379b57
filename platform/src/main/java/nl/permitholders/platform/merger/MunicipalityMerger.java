package nl.permitholders.platform.merger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A municipality merged into another, as quota-service published it (R3). */
@Entity
@Table(name = "municipality_merger")
public class MunicipalityMerger extends PanacheEntityBase {

    @Id
    @Column(name = "merged_code")
    public String mergedCode;

    @Column(name = "continuing_code")
    public String continuingCode;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "merger_id")
    public UUID mergerId;
}
