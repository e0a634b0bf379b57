package nl.permitholders.supervision.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A province as quota-service last described it. */
@Entity
public class Province extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
