package nl.permitholders.quota.exchange;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored exchange; its changes are {@link QuotaExchangeChange} rows. */
@Entity
@Table(name = "quota_exchange")
public class QuotaExchangeRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public String period;
    public String reason;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
