package nl.permitholders.housingstock.capacity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.security.Tenancy;
import nl.permitholders.housingstock.capacity.CapacityPlan.ExpectedDelivery;
import nl.permitholders.housingstock.events.HousingStockEvents.CapacityDelivered;
import nl.permitholders.housingstock.events.HousingStockEvents.CapacityPlanned;
import nl.permitholders.housingstock.municipality.MunicipalityStore;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;

/**
 * The one path of every write to a capacity project (plan or re-plan it, record a delivery): in one transaction, lock
 * the project, hold the caller to its own projects, let the rules judge ({@link CapacityPlan} for a plan and what it
 * already delivered, {@link DeliveryRule} for a delivery), then store the change and append its event to the outbox.
 */
@ApplicationScoped
public class CapacityProjectService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    MunicipalityStore municipalities;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    /** A project as it stands after a write, with its expected deliveries and what it delivered; {@code created} when new. */
    public record Project(CapacityProject project, List<ExpectedDeliveryRow> expected, List<CapacityDelivery> deliveries,
                          boolean created) {
    }

    /** A delivery as recorded; {@code created} when this write recorded it, not a repeat. */
    public record Delivered(CapacityDelivery delivery, boolean created) {
    }

    /** Plans the project {@code externalId} of {@code ownerId}, or re-plans it (403 when it is not the caller's). */
    public Uni<Project> plan(String ownerId, String externalId, String municipalityCode, String name, CapacityPlan plan) {
        Tenancy tenancy = caller.tenancy(mergers.known());
        String actor = caller.name();
        String described = "project " + externalId + " of owner " + ownerId + " in municipality " + municipalityCode;
        Caller.require(tenancy.reaches(municipalityCode, ownerId), described);
        return transaction.runRetryingUniqueRace(() -> municipalities.require("municipalityCode", municipalityCode, LocalDate.now(clock))
                .chain(() -> CapacityProject.lockByOwner(ownerId, externalId)
                .flatMap(existing -> {
                    if (existing == null) {
                        return create(ownerId, externalId, municipalityCode, name, plan, actor);
                    }
                    Caller.require(tenancy.reaches(existing.municipalityCode, existing.ownerId), described);
                    return replan(existing, municipalityCode, name, plan, actor);
                })));
    }

    /** Records that the project delivered units on a day (403 when it is not the caller's, 409 beyond its plan). */
    public Uni<Delivered> deliver(UUID id, DeliveryRule.Delivery asked) {
        Tenancy tenancy = caller.tenancy(mergers.known());
        String actor = caller.name();
        return transaction.run(() -> CapacityProject.<CapacityProject>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notPlanned(id))
                .invoke(project -> Caller.require(tenancy.reaches(project.municipalityCode, project.ownerId), "project " + id))
                .flatMap(project -> CapacityDelivery.ofProject(id).flatMap(deliveries -> {
                    List<DeliveryRule.Delivery> delivered = deliveries.stream()
                            .map(d -> new DeliveryRule.Delivery(d.deliveredOn, d.units, d.permitHolderPlaces)).toList();
                    if (DeliveryRule.isRepeat(id, project.units, project.permitHolderPlaces, delivered, asked)) {
                        CapacityDelivery sameDay = deliveries.stream()
                                .filter(d -> d.deliveredOn.equals(asked.deliveredOn())).findFirst().orElseThrow();
                        return Uni.createFrom().item(new Delivered(sameDay, false));
                    }
                    CapacityDelivery delivery = new CapacityDelivery();
                    delivery.id = UUID.randomUUID();
                    delivery.projectId = id;
                    delivery.deliveredOn = asked.deliveredOn();
                    delivery.units = asked.units();
                    delivery.permitHolderPlaces = asked.permitHolderPlaces();
                    delivery.recordedAt = now();
                    delivery.recordedBy = actor;
                    return delivery.<CapacityDelivery>persist()
                            .call(() -> outbox.append(CapacityDelivered.TYPE, project.municipalityCode, new CapacityDelivered(
                                    project.id, delivery.id, project.municipalityCode, delivery.deliveredOn, delivery.units,
                                    delivery.permitHolderPlaces)))
                            .map(saved -> new Delivered(delivery, true));
                })));
    }

    static ResourceNotFoundException notPlanned(UUID id) {
        return new ResourceNotFoundException("Capacity project " + id + " is not planned.");
    }

    private Uni<Project> create(String ownerId, String externalId, String municipalityCode, String name, CapacityPlan plan,
                                String actor) {
        CapacityProject project = new CapacityProject();
        project.id = UUID.randomUUID();
        project.ownerId = ownerId;
        project.externalId = externalId;
        project.registeredAt = now();
        project.registeredBy = actor;
        apply(project, municipalityCode, name, plan, actor);
        List<ExpectedDeliveryRow> rows = plan.expectedDeliveries().stream().map(e -> row(project.id, e)).toList();
        return project.<CapacityProject>persist()
                .call(() -> ExpectedDeliveryRow.persist(rows))
                .call(() -> announce(project, plan))
                .map(saved -> new Project(project, rows, List.of(), true));
    }

    private Uni<Project> replan(CapacityProject project, String municipalityCode, String name, CapacityPlan plan, String actor) {
        return ExpectedDeliveryRow.ofProject(project.id).flatMap(rows -> CapacityDelivery.ofProject(project.id).flatMap(deliveries -> {
            boolean same = project.plan(rows).equals(plan) && project.municipalityCode.equals(municipalityCode)
                    && project.name.equals(name);
            if (same) {
                return Uni.createFrom().item(new Project(project, rows, deliveries, false));
            }
            String conflict = plan.conflictWithDelivered(deliveries.stream().mapToInt(d -> d.units).sum(),
                    deliveries.stream().mapToInt(d -> d.permitHolderPlaces).sum());
            if (conflict != null) {
                throw new ConflictException("Project " + project.externalId + " of " + project.ownerId
                        + " cannot be re-planned: " + conflict + ".");
            }
            apply(project, municipalityCode, name, plan, actor);
            Map<String, ExpectedDelivery> planned = plan.expectedDeliveries().stream()
                    .collect(Collectors.toMap(e -> e.period().toString(), Function.identity()));
            List<ExpectedDeliveryRow> kept = new ArrayList<>();
            Uni<Void> changes = Uni.createFrom().voidItem();
            for (ExpectedDeliveryRow row : rows) {
                ExpectedDelivery expected = planned.remove(row.period);
                if (expected == null) {
                    changes = changes.call(row::delete);
                } else {
                    row.units = expected.units();
                    row.permitHolderPlaces = expected.permitHolderPlaces();
                    kept.add(row);
                }
            }
            List<ExpectedDeliveryRow> added = planned.values().stream().map(e -> row(project.id, e)).toList();
            kept.addAll(added);
            return changes.call(() -> added.isEmpty() ? Uni.createFrom().voidItem() : ExpectedDeliveryRow.persist(added))
                    .call(() -> announce(project, plan))
                    .replaceWith(() -> new Project(project, kept, deliveries, false));
        }));
    }

    private Uni<?> announce(CapacityProject project, CapacityPlan plan) {
        return outbox.append(CapacityPlanned.TYPE, project.municipalityCode, new CapacityPlanned(project.id,
                project.municipalityCode, project.type.name(), project.units, project.permitHolderPlaces,
                plan.expectedDeliveries().stream().map(e -> new CapacityPlanned.ExpectedDelivery(e.period().toString(),
                        e.units(), e.permitHolderPlaces())).toList()));
    }

    private static void apply(CapacityProject project, String municipalityCode, String name, CapacityPlan plan, String actor) {
        project.municipalityCode = municipalityCode;
        project.name = name;
        project.type = plan.type();
        project.units = plan.units();
        project.permitHolderPlaces = plan.permitHolderPlaces();
        project.plannedAt = now();
        project.plannedBy = actor;
    }

    private static ExpectedDeliveryRow row(UUID projectId, ExpectedDelivery expected) {
        ExpectedDeliveryRow row = new ExpectedDeliveryRow();
        row.projectId = projectId;
        row.period = expected.period().toString();
        row.units = expected.units();
        row.permitHolderPlaces = expected.permitHolderPlaces();
        return row;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
