package nl.permitholders.quota.distribution;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** A municipality's share in one version of a national total: its population and the quota it came to. */
@Entity
@Table(name = "national_quota_share")
@IdClass(NationalQuotaShare.Key.class)
public class NationalQuotaShare extends PanacheEntityBase {

    @Id
    @Column(name = "national_quota_id")
    public Long nationalQuotaId;

    @Id
    @Column(name = "municipality_code")
    public String municipalityCode;

    public int population;
    public int quota;

    public static Uni<List<NationalQuotaShare>> of(Long nationalQuotaId) {
        return list("nationalQuotaId = ?1 order by municipalityCode", nationalQuotaId);
    }

    public record Key(Long nationalQuotaId, String municipalityCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
