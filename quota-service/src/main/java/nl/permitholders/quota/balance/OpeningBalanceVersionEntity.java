package nl.permitholders.quota.balance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "opening_balance_version")
public class OpeningBalanceVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public int version;
    public String period;
    public int backlog;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Uni<List<OpeningBalance>> history(String municipalityCode) {
        return OpeningBalanceVersionEntity.<OpeningBalanceVersionEntity>list("municipalityCode = ?1 order by version", municipalityCode)
                .map(rows -> rows.stream()
                        .map(row -> new OpeningBalance(row.version, row.period, row.backlog, row.recordedAt))
                        .toList());
    }

    public static OpeningBalanceVersionEntity of(String municipalityCode, OpeningBalance balance) {
        OpeningBalanceVersionEntity entity = new OpeningBalanceVersionEntity();
        entity.municipalityCode = municipalityCode;
        entity.version = balance.version();
        entity.period = balance.period();
        entity.backlog = balance.backlog();
        entity.recordedAt = balance.recordedAt();
        return entity;
    }
}
