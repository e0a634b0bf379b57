package nl.permitholders.quota.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import nl.permitholders.platform.api.ResourceNotFoundException;

@Entity
public class Municipality extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "province_code")
    public String provinceCode;

    /**
     * The municipality, locked for the rest of the transaction so that concurrent writes of its quotas and
     * balances get consecutive version numbers; 404 when it is not registered.
     */
    public static Uni<Municipality> lockExisting(String code) {
        return Municipality.<Municipality>findById(code, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notRegistered(code));
    }

    public static ResourceNotFoundException notRegistered(String code) {
        return new ResourceNotFoundException("Municipality " + code + " is not registered; register it with PUT "
                + "/quota/v1/municipalities/" + code + " first.");
    }
}
