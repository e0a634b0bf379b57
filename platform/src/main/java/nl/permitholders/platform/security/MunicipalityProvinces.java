package nl.permitholders.platform.security;

import io.smallrye.mutiny.Uni;

/**
 * Which province a municipality lies in, from a service's own tables: the input {@link Tenancy} needs to let a
 * province reach its municipalities. A service that has the knowledge provides one bean; in a service without one,
 * {@link Caller#requireMunicipality} refuses every province caller (fails closed).
 */
public interface MunicipalityProvinces {

    /** The province's code, or a null item when the service does not know the municipality. */
    Uni<String> provinceOf(String municipalityCode);
}
