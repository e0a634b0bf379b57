package nl.permitholders.supervision.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A municipality as quota-service last described it. */
@Entity
public class Municipality extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "province_code")
    public String provinceCode;
}
