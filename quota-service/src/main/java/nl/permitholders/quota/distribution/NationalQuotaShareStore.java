package nl.permitholders.quota.distribution;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.permitholders.platform.persistence.ValuesRows;

/** Writes the shares of a distribution. Call inside a transaction. */
@ApplicationScoped
public class NationalQuotaShareStore {

    /** The shares of one distribution in one multi-row INSERT: the country's 342 one by one would be 342 round trips. */
    public Uni<Void> insertAll(List<NationalQuotaShare> shares) {
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
}
