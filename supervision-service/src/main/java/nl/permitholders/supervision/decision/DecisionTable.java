package nl.permitholders.supervision.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The table of a kind of decision province staff record for municipalities (a regime, a ladder stage): the column
 * {@code decidedColumn} holds what was decided; id, municipality_code, decided_on, reason, decided_by and recorded_at
 * are the same for every kind. {@code factory} is the decision's canonical constructor.
 */
public record DecisionTable<V extends Enum<V>, D extends DecisionHistory.Dated>(String name, String decidedColumn, Class<V> type,
                                                                               Factory<V, D> factory) {

    @FunctionalInterface
    public interface Factory<V, D> {
        D of(UUID id, String municipalityCode, V decided, LocalDate decidedOn, String reason, String decidedBy, Instant recordedAt);
    }

    String columns() {
        return "id, municipality_code, " + decidedColumn + ", decided_on, reason, decided_by, recorded_at";
    }
}
