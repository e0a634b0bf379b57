package nl.permitholders.placement.unit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;

/** A unit as learnt from housing-stock events; housing-stock-service owns it. */
@Entity
@Table(name = "known_unit")
public class KnownUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    /** Null while only the unit's retirement is known. */
    @Enumerated(EnumType.STRING)
    public UnitType type;

    public Integer capacity;

    @Column(name = "temporary_until")
    public LocalDate temporaryUntil;

    @Column(name = "wheelchair_accessible")
    public boolean wheelchairAccessible;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the housing-stock event that described the unit as it stands was written (its ce_time); null before any. */
    @Column(name = "stated_at")
    public OffsetDateTime statedAt;

    /** Registered: its type and capacity are known. */
    public boolean isRegistered() {
        return type != null && capacity != null;
    }

    public UnitSnapshot snapshot(int personsPlaced, int personsReserved) {
        return new UnitSnapshot(id, municipalityCode, type, capacity, temporaryUntil, retiredOn, wheelchairAccessible,
                personsPlaced, personsReserved);
    }

    /** A request named a unit this service does not know (yet): 400 on {@code field}. */
    public static InvalidInputException unknown(String field, UUID id) {
        return InvalidInputException.of(field, "is not a unit known from housing-stock events: " + id);
    }

    /** The registered unit, or null. */
    public static Uni<KnownUnit> findRegistered(UUID id) {
        return KnownUnit.<KnownUnit>findById(id).map(unit -> unit != null && unit.isRegistered() ? unit : null);
    }

    /**
     * The registered unit (or null), locked for the rest of the transaction: writes that fill it are judged one by
     * one, so the last free room goes to exactly one of them.
     */
    public static Uni<KnownUnit> lockRegistered(UUID id) {
        return KnownUnit.<KnownUnit>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(unit -> unit != null && unit.isRegistered() ? unit : null);
    }
}
