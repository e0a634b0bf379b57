package nl.permitholders.housingstock.capacity;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.housingstock.api.TenantList;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.period.Period;

/** Reads the capacity projects for the resources: with their expected and recorded deliveries, and a municipality's pipeline. */
@ApplicationScoped
@WithSession
public class CapacityProjectQueries {

    private static final Sort REGISTRATION_ORDER = Sort.by("registeredAt").and("id");

    /** A project with its expected deliveries and the deliveries recorded. */
    public record PlannedProject(CapacityProject project, List<ExpectedDeliveryRow> expected, List<CapacityDelivery> deliveries) {
    }

    /** A municipality's pipeline: its projects' plans and deliveries per half-year, over how many projects. */
    public record MunicipalityPipeline(int projects, CapacityPipeline pipeline) {
    }

    /** The projects of the list in registration order, of the type when given. */
    public <T> Uni<Page<T>> list(TenantList projects, ProjectType type, Function<PlannedProject, T> view) {
        projects.where().equal("type", type);
        return projects.pageOf(CapacityProject::matching, REGISTRATION_ORDER,
                rows -> planned(rows).map(planned -> planned.stream().map(view).toList()));
    }

    /** The project with its expected and recorded deliveries. */
    public Uni<PlannedProject> planned(CapacityProject project) {
        return planned(List.of(project)).map(planned -> planned.get(0));
    }

    /** The pipeline of every project in the municipality. */
    public Uni<MunicipalityPipeline> pipeline(String municipalityCode) {
        return CapacityProject.inMunicipality(municipalityCode).flatMap(this::planned).map(planned -> {
            List<CapacityPlan> plans = planned.stream().map(p -> p.project().plan(p.expected())).toList();
            List<CapacityPipeline.Delivered> deliveries = planned.stream().flatMap(p -> p.deliveries().stream())
                    .map(d -> new CapacityPipeline.Delivered(Period.containing(d.deliveredOn), d.units, d.permitHolderPlaces))
                    .toList();
            return new MunicipalityPipeline(planned.size(), CapacityPipeline.of(plans, deliveries));
        });
    }

    /** The projects, each with its expected and recorded deliveries, read for all of them at once. */
    private Uni<List<PlannedProject>> planned(Collection<CapacityProject> projects) {
        List<UUID> ids = projects.stream().map(p -> p.id).toList();
        return ExpectedDeliveryRow.ofProjects(ids).flatMap(expected -> CapacityDelivery.ofProjects(ids).map(delivered -> {
            Map<UUID, List<ExpectedDeliveryRow>> expectedBy = expected.stream().collect(Collectors.groupingBy(e -> e.projectId));
            Map<UUID, List<CapacityDelivery>> deliveredBy = delivered.stream().collect(Collectors.groupingBy(d -> d.projectId));
            return projects.stream().map(p -> new PlannedProject(p, expectedBy.getOrDefault(p.id, List.of()),
                    deliveredBy.getOrDefault(p.id, List.of()))).toList();
        }));
    }
}
