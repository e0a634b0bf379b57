package nl.permitholders.quota.quota;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.QuotaSet;

@Entity
@Table(name = "quota_version")
public class QuotaVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String period;
    public int version;
    public int persons;

    @Enumerated(EnumType.STRING)
    public QuotaBasis basis;

    @Enumerated(EnumType.STRING)
    public QuotaStatus status;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String reason;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Uni<QuotaHistory> history(String municipalityCode, Period period) {
        return QuotaVersionEntity.<QuotaVersionEntity>list("municipalityCode = ?1 and period = ?2 order by version",
                        municipalityCode, period.toString())
                .map(rows -> QuotaHistory.of(rows.stream().map(QuotaVersionEntity::toVersion).toList()));
    }

    public static QuotaVersionEntity of(String municipalityCode, Period period, QuotaVersion version) {
        QuotaVersionEntity entity = new QuotaVersionEntity();
        entity.municipalityCode = municipalityCode;
        entity.period = period.toString();
        entity.version = version.version();
        entity.persons = version.persons();
        entity.status = version.status();
        entity.publishedOn = version.publishedOn();
        entity.basis = version.basis();
        entity.reason = version.reason();
        entity.recordedAt = version.recordedAt();
        return entity;
    }

    public QuotaVersion toVersion() {
        return new QuotaVersion(version, persons, status, publishedOn, basis, reason, recordedAt);
    }

    /** The event that publishes this version. */
    public QuotaSet published() {
        return new QuotaSet(municipalityCode, period, persons, version, basis.name(), status.name(), publishedOn);
    }

    /** Every version of every quota of these municipalities, in every half-year. */
    public static Uni<List<QuotaVersionEntity>> ofMunicipalities(Collection<String> codes) {
        return list("municipalityCode in ?1", codes);
    }
}
