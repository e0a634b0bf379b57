package nl.permitholders.supervision.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A municipality's action plan (plan van aanpak); its measures are {@link MeasureVersion}s. {@code version} is raised
 * by every change to the plan or its measures.
 */
public record ActionPlan(UUID id, String municipalityCode, String title, LocalDate adoptedOn, int version, Instant recordedAt) {

    /**
     * The most measures a plan holds. Every change publishes the whole plan in one event, which must stay far below
     * the producer's maximum (docs/events): 50 measures with their longest titles and expectations make at most about 120 KB.
     */
    public static final int MAX_MEASURES = 50;

    /** This plan as a change to it leaves it: its version one higher. */
    ActionPlan changed() {
        return new ActionPlan(id, municipalityCode, title, adoptedOn, version + 1, recordedAt);
    }
}
