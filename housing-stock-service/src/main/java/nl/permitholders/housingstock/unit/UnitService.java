package nl.permitholders.housingstock.unit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.security.Tenancy;
import nl.permitholders.housingstock.events.HousingStockEvents.UnitCorrected;
import nl.permitholders.housingstock.events.HousingStockEvents.UnitRegistered;
import nl.permitholders.housingstock.events.HousingStockEvents.UnitRetired;
import nl.permitholders.housingstock.municipality.MunicipalityStore;
import nl.permitholders.housingstock.write.Written;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;

/**
 * The one path of every write to a unit (register, correct, retire): in one transaction, lock the unit, hold the
 * caller to its own units, let {@link UnitRules} judge the details, then store the change, refresh the unit's free
 * capacity and append its event to the outbox.
 */
@ApplicationScoped
public class UnitService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    OccupancyStore occupancy;

    @Inject
    Clock clock;

    @Inject
    MunicipalityStore municipalities;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    /** Registers the unit {@code externalId} of {@code ownerId}, or corrects it when registered before. */
    public Uni<Written<Unit>> register(String ownerId, String externalId, UnitDetails proposed) {
        Tenancy tenancy = caller.tenancy(mergers.known());
        String actor = caller.name();
        String described = described(externalId, ownerId, proposed.municipalityCode());
        Caller.require(tenancy.reaches(proposed.municipalityCode(), ownerId), described);
        return transaction.runRetryingUniqueRace(() -> municipalities.require("municipalityCode", proposed.municipalityCode(), LocalDate.now(clock))
                .chain(() -> Unit.lockByOwner(ownerId, externalId))
                .flatMap(existing -> {
                    if (existing == null) {
                        return create(ownerId, externalId, proposed, actor).map(unit -> new Written<>(unit, true));
                    }
                    Caller.require(tenancy.reaches(existing.municipalityCode, existing.ownerId), described);
                    return correct(existing, proposed, actor).map(unit -> new Written<>(unit, false));
                }));
    }

    /** Corrects unit {@code id}; its externalId and ownerId cannot change. */
    public Uni<Unit> correct(UUID id, String ownerId, String externalId, UnitDetails proposed) {
        Tenancy tenancy = caller.tenancy(mergers.known());
        String actor = caller.name();
        Caller.require(tenancy.reaches(proposed.municipalityCode(), ownerId), described(externalId, ownerId, proposed.municipalityCode()));
        return transaction.run(() -> municipalities.require("municipalityCode", proposed.municipalityCode(), LocalDate.now(clock))
                .chain(() -> Unit.lockExisting(id)).flatMap(unit -> {
            Caller.require(tenancy.reaches(unit.municipalityCode, unit.ownerId) || tenancy.receivesPartOf(unit.municipalityCode)
                    && tenancy.reaches(proposed.municipalityCode(), null), "unit " + id);
            if (!unit.externalId.equals(externalId) || !unit.ownerId.equals(ownerId)) {
                throw new ConflictException("Unit " + id + " is registered as " + unit.externalId + " of owner "
                        + unit.ownerId + "; externalId and ownerId identify a unit and cannot be corrected.");
            }
            return correct(unit, proposed, actor);
        }));
    }

    /** Retires unit {@code id} on {@code retiredOn}; the same date again changes nothing, another is refused. */
    public Uni<Unit> retire(UUID id, LocalDate retiredOn, String reason) {
        Tenancy tenancy = caller.tenancy(mergers.known());
        String actor = caller.name();
        return transaction.run(() -> Unit.lockExisting(id).flatMap(unit -> {
            Caller.require(tenancy.reaches(unit.municipalityCode, unit.ownerId), "unit " + id);
            if (unit.isRetired()) {
                if (!unit.retiredOn.equals(retiredOn)) {
                    throw new ConflictException("Unit " + id + " was already retired on " + unit.retiredOn + ".");
                }
                return Uni.createFrom().item(unit);
            }
            unit.retiredOn = retiredOn;
            unit.retirementReason = reason;
            unit.retiredBy = actor;
            return occupancy.refresh(unit)
                    .call(() -> outbox.append(UnitRetired.TYPE, unit.municipalityCode,
                            new UnitRetired(unit.id, unit.municipalityCode, unit.retiredOn)))
                    .replaceWith(unit);
        }));
    }

    private Uni<Unit> create(String ownerId, String externalId, UnitDetails proposed, String actor) {
        UnitRules.check(proposed, null, LocalDate.now(clock)).throwIfAny();
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.externalId = externalId;
        unit.ownerId = ownerId;
        unit.apply(proposed);
        unit.registeredAt = now();
        unit.registeredBy = actor;
        return occupancy.refresh(unit)
                .chain(() -> unit.<Unit>persist())
                .call(() -> outbox.append(UnitRegistered.TYPE, unit.municipalityCode, registered(unit)))
                .replaceWith(unit);
    }

    /** The same details change nothing; different ones correct the unit, unless it was retired. */
    private Uni<Unit> correct(Unit unit, UnitDetails proposed, String actor) {
        UnitDetails current = unit.details();
        List<String> different = proposed.differencesFrom(current);
        if (different.isEmpty()) {
            return Uni.createFrom().item(unit);
        }
        if (unit.isRetired()) {
            throw new ConflictException("Unit " + unit.externalId + " of owner " + unit.ownerId + " (" + unit.id
                    + ") was retired on " + unit.retiredOn + " and cannot be corrected; its " + String.join(", ", different)
                    + " would change.");
        }
        UnitRules.check(proposed, current, LocalDate.now(clock)).throwIfAny();
        if (!proposed.municipalityCode().equals(current.municipalityCode())) {
            UnitSplitRule.check(current.municipalityCode(), proposed.municipalityCode(), mergers.known(), LocalDate.now(clock)).throwIfAny();
        }
        unit.apply(proposed);
        unit.correctedAt = now();
        unit.correctedBy = actor;
        return occupancy.refresh(unit)
                .call(() -> outbox.append(UnitCorrected.TYPE, unit.municipalityCode, corrected(unit)))
                .replaceWith(unit);
    }

    /** The unit a request names, in the caller's own words: a refusal tells nothing the caller did not say. */
    private static String described(String externalId, String ownerId, String municipalityCode) {
        return "unit " + externalId + " of owner " + ownerId + " in municipality " + municipalityCode;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static UnitRegistered registered(Unit unit) {
        return new UnitRegistered(unit.id, unit.externalId, unit.ownerId, name(unit.ownerType), unit.municipalityCode,
                unit.neighbourhoodCode, unit.type.name(), unit.capacity, unit.monthlyRent, unit.temporaryUntil);
    }

    /** The unit as it stands after the correction. */
    private static UnitCorrected corrected(Unit unit) {
        return new UnitCorrected(unit.id, unit.externalId, unit.ownerId, name(unit.ownerType), unit.municipalityCode,
                unit.neighbourhoodCode, unit.type.name(), unit.capacity, unit.monthlyRent, unit.temporaryUntil);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
