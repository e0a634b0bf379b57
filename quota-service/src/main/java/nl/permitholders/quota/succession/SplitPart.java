package nl.permitholders.quota.succession;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A municipality that received part of a split one, with its share (its part of the population). */
@Entity
@Table(name = "municipality_split_part")
@IdClass(SplitPart.Key.class)
public class SplitPart extends PanacheEntityBase {

    @Id
    @Column(name = "split_id")
    public UUID splitId;

    @Id
    @Column(name = "municipality_code")
    public String municipalityCode;

    /** The receiver's place in the split as recorded: of equal remainders the one listed first goes first. */
    public int position;

    public long share;

    public static SplitPart of(UUID splitId, String municipalityCode, int position, long share) {
        SplitPart part = new SplitPart();
        part.splitId = splitId;
        part.municipalityCode = municipalityCode;
        part.position = position;
        part.share = share;
        return part;
    }

    public record Key(UUID splitId, String municipalityCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
