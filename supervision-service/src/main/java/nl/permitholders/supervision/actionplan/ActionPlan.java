package nl.permitholders.supervision.actionplan;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A municipality's action plan (plan van aanpak); its measures are {@link MeasureVersion}s. */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends PanacheEntityBase {

    /**
     * The most measures a plan holds. Every change publishes the whole plan in one event, which must stay far below
     * the producer's maximum (docs/events): 50 measures with their longest titles and expectations make at most about 120 KB.
     */
    public static final int MAX_MEASURES = 50;

    @Id
    public UUID id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String title;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    /** Raised by every change to the plan or its measures. */
    public int version;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The municipality's plans, the most recently adopted first. */
    public static Uni<List<ActionPlan>> of(String municipalityCode) {
        return list("municipalityCode = ?1 order by adoptedOn desc, recordedAt desc", municipalityCode);
    }

    /** Every municipality's plans, each municipality's most recently adopted first (as {@link #of}). */
    public static Uni<List<ActionPlan>> ofAll() {
        return list("order by municipalityCode, adoptedOn desc, recordedAt desc");
    }
}
