package nl.permitholders.infrastructure.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** An entity for {@code NamingRulesTest}. */
@Entity
public class Bed {

    @Id
    public UUID id;

    public String status;
}
