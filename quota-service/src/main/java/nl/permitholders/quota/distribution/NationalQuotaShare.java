package nl.permitholders.quota.distribution;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import nl.permitholders.platform.persistence.ValuesRows;

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

    /** The shares of one distribution in one multi-row INSERT: the country's 342 one by one would be 342 round trips. */
    public static Uni<Void> insertAll(List<NationalQuotaShare> shares) {
        if (shares.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Flushed first: a native statement does not flush the session, and the shares reference rows it may hold.
        return Panache.getSession().flatMap(session -> session.flush().replaceWith(session)).flatMap(session -> {
            var insert = session.createNativeQuery("INSERT INTO national_quota_share (national_quota_id, municipality_code, population, "
                    + "quota) VALUES " + ValuesRows.of(shares.size(), 4));
            for (int row = 0; row < shares.size(); row++) {
                NationalQuotaShare share = shares.get(row);
                insert.setParameter(row * 4 + 1, share.nationalQuotaId)
                        .setParameter(row * 4 + 2, share.municipalityCode)
                        .setParameter(row * 4 + 3, share.population)
                        .setParameter(row * 4 + 4, share.quota);
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    public static Uni<List<NationalQuotaShare>> of(Long nationalQuotaId) {
        return list("nationalQuotaId = ?1 order by municipalityCode", nationalQuotaId);
    }

    public record Key(Long nationalQuotaId, String municipalityCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
