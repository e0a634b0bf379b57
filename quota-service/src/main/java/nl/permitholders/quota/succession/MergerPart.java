package nl.permitholders.quota.succession;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "merger_part")
@IdClass(MergerPart.Key.class)
public class MergerPart extends PanacheEntityBase {

    @Id
    @Column(name = "merger_id")
    public UUID mergerId;

    @Id
    @Column(name = "municipality_code")
    public String municipalityCode;

    public static MergerPart of(UUID mergerId, String municipalityCode) {
        MergerPart part = new MergerPart();
        part.mergerId = mergerId;
        part.municipalityCode = municipalityCode;
        return part;
    }

    public record Key(UUID mergerId, String municipalityCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
