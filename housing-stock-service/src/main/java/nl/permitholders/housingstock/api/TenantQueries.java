package nl.permitholders.housingstock.api;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Tenancy;

/**
 * The read side of this service's lists and facts, for its resources: how they read their facts for the caller: a list checked and scoped to the caller's tenant, or
 * one fact that the caller may read. Every fact has a {@code municipalityCode} and a corporation side (its owner or the
 * corporation that reported it), which is what {@link Tenancy} decides on.
 */
@RequestScoped
public class TenantQueries {

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    /**
     * The list the caller asked for: every refused parameter (the municipality, the page and those the resource read
     * through {@link ListQuery#params()}) in one 400; then 403 when a filter names another tenant; else the filters
     * that keep the list to the caller's tenant.
     *
     * @param corporationField  the fact's corporation column, which is also the name of the query parameter that filters
     *                          on it
     * @param corporationFilter that parameter's value, null or blank for any
     */
    public TenantList of(ListQuery list, String corporationField, String corporationFilter) {
        String municipalityCode = list.municipalityCode();
        PageRequest page = list.page();
        list.params().throwIfAny();
        Tenancy.Scope scope = TenantQueries.scope(caller.tenancy(mergers.known()), municipalityCode,
                corporationFilter == null || corporationFilter.isBlank() ? null : corporationFilter, corporationField);
        Filters filters = new Filters()
                .in("municipalityCode", scope.municipalityCodes())
                .equal(corporationField, scope.corporationId());
        return new TenantList(filters, page);
    }

    /**
     * The fact of the {@code type} with the {@code id}, when the caller may read it (its municipality's, including what
     * lay there before a merger, or its corporation's); {@code notFound} (404) when there is none, 403 naming it
     * ({@code "allocation " + id}) when it is another's.
     */
    public <E extends TenantFact> Uni<E> readable(Class<E> type, UUID id, String name, Function<UUID, RuntimeException> notFound) {
        Tenancy tenancy = caller.tenancy(mergers.known());
        return Panache.getSession().chain(session -> session.find(type, id)).onItem().ifNull().failWith(() -> notFound.apply(id))
                .invoke(fact -> Caller.require(tenancy.reads(fact.municipalityCode, fact.corporation()), name + " " + id));
    }

    /** The list scope for the filters given, or 403 when one names another tenant. */
    public static Tenancy.Scope scope(Tenancy tenancy, String municipalityFilter, String corporationFilter, String corporationParameter) {
        return tenancy.scope(municipalityFilter, corporationFilter).orElseThrow(() -> new ForbiddenException(
                "Your token does not allow you to list these: a municipality lists only its own municipality "
                        + "(municipalityCode), a corporation only its own (" + corporationParameter + ")."));
    }
}
