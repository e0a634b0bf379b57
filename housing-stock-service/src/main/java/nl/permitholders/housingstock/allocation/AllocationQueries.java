package nl.permitholders.housingstock.allocation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.housingstock.api.TenantList;
import nl.permitholders.platform.api.Page;

/** Reads the allocations for the resources. */
@ApplicationScoped
@WithSession
public class AllocationQueries {

    private static final Sort BY_DATE = Sort.by("allocatedOn").and("id");

    /** The allocations of the list by allocatedOn, from and to inclusive; with permitHolders only those (not) to them. */
    public <T> Uni<Page<T>> list(TenantList allocations, Boolean permitHolders, LocalDate from, LocalDate to,
                                 Function<Allocation, T> view) {
        allocations.where().equal("permitHolders", permitHolders).between("allocatedOn", from, to);
        return allocations.page(Allocation::matching, BY_DATE, view);
    }

    /** An allocation just recorded, to answer its reporter with. */
    public Uni<Allocation> recorded(UUID id) {
        return Allocation.findById(id);
    }
}
