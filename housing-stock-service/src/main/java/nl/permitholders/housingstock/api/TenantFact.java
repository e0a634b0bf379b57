package nl.permitholders.housingstock.api;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * A fact as {@link TenantQueries} keeps it to its tenants: it lies in a municipality, and it is a corporation's (its owner's,
 * or that of the corporation that reported it), which names it by its own id.
 */
@MappedSuperclass
public abstract class TenantFact extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The owner's or reporting corporation's own id of the fact (VERA idExtern). */
    @Column(name = "external_id")
    public String externalId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    /** The corporation whose fact it is: its owner, or the one that reported it. */
    public abstract String corporation();
}
