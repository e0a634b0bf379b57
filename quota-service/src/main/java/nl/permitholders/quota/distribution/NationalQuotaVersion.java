package nl.permitholders.quota.distribution;

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
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.quota.QuotaStatus;

/** One version of the national total of a half-year, with the figures of its distribution. */
@Entity
@Table(name = "national_quota_version")
public class NationalQuotaVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String period;
    public int version;
    public int persons;
    @Enumerated(EnumType.STRING)
    public QuotaStatus status;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String reason;

    @Column(name = "reference_date")
    public LocalDate referenceDate;

    @Column(name = "national_population")
    public long nationalPopulation;

    @Column(name = "sum_of_quotas")
    public int sumOfQuotas;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Uni<List<NationalQuotaVersion>> history(Period period) {
        return list("period = ?1 order by version", period.toString());
    }
}
