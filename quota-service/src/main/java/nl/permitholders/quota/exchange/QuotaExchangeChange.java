package nl.permitholders.quota.exchange;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "quota_exchange_change")
@IdClass(QuotaExchangeChange.Key.class)
public class QuotaExchangeChange extends PanacheEntityBase {

    @Id
    @Column(name = "exchange_id")
    public UUID exchangeId;

    @Id
    @Column(name = "municipality_code")
    public String municipalityCode;

    public int delta;

    public record Key(UUID exchangeId, String municipalityCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
