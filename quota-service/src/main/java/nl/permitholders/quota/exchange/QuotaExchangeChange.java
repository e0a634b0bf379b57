package nl.permitholders.quota.exchange;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;

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

    /** The changes of every exchange of a half-year. */
    public static Uni<List<QuotaExchangeChange>> inHalfYear(Period period) {
        return list("exchangeId in (select e.id from QuotaExchangeRecord e where e.period = ?1)", period.toString());
    }

    /** The changes of one exchange, by municipality code. */
    public static Uni<List<QuotaExchangeChange>> of(UUID exchangeId) {
        return list("exchangeId = ?1 order by municipalityCode", exchangeId);
    }
}
