package nl.permitholders.quota.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Province extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
