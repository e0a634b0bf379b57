package nl.permitholders.supervision.actionplan;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One version of a measure; never changed, only followed by a newer version. */
@Entity
@Table(name = "measure_version")
public class MeasureVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "measure_id")
    public UUID measureId;

    public int version;

    @Column(name = "action_plan_id")
    public UUID actionPlanId;

    @Column(name = "plan_version")
    public int planVersion;

    public String title;

    @Enumerated(EnumType.STRING)
    public Term term;

    @Enumerated(EnumType.STRING)
    public MeasureStatus status;

    /** JSON: [{"period":"2025-H1","persons":15}, ...] */
    @Column(name = "expected_housed")
    public String expectedHoused;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Every version of the measures of the plans, oldest first. */
    public static Uni<List<MeasureVersion>> ofPlans(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("actionPlanId in ?1 order by planVersion, recordedAt, version", planIds);
    }

    /** The current version of each measure, in the order the measures were added. */
    public static List<MeasureVersion> current(List<MeasureVersion> versions) {
        Map<UUID, MeasureVersion> current = new LinkedHashMap<>();
        versions.stream().sorted(Comparator.comparingInt((MeasureVersion v) -> v.planVersion).thenComparingInt(v -> v.version))
                .forEach(v -> current.put(v.measureId, v));
        return List.copyOf(current.values());
    }
}
