package nl.permitholders.platform.merger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A municipality that received part of one split over others, as quota-service published it (R3). */
@Entity
@Table(name = "municipality_split_receiver")
@IdClass(MunicipalitySplitReceiver.Key.class)
public class MunicipalitySplitReceiver extends PanacheEntityBase {

    @Id
    @Column(name = "split_code")
    public String splitCode;

    @Id
    @Column(name = "receiver_code")
    public String receiverCode;

    /** Its place in the split as published. */
    public int position;

    /** Its part of the split municipality's population. */
    public long share;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "split_id")
    public UUID splitId;

    /** The receivers of the split municipality, in their order in the split as published. */
    public static Uni<List<MunicipalitySplitReceiver>> ofSplit(String splitCode) {
        return list("splitCode = ?1 order by position", splitCode);
    }

    /** Removes the receivers of a split, before a restatement of it stores its own. */
    public static Uni<Long> deleteOf(String splitCode) {
        return delete("splitCode", splitCode);
    }

    public record Key(String splitCode, String receiverCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
