package nl.permitholders.housingstock.municipality;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;

/**
 * The register of municipalities as the application services read it before a write: refuses input for a municipality
 * the register does not know (or not on that date), as a 400 on the named field ({@link MunicipalityRegister} judges).
 */
@ApplicationScoped
public class MunicipalityStore {

    public Uni<Void> require(String field, String code, LocalDate on) {
        return refusal(code, on).map(refusal -> {
            refusal.ifPresent(reason -> {
                throw InvalidInputException.of(field, reason);
            });
            return null;
        });
    }

    /** Why a fact dated {@code on} cannot be recorded for the municipality, or empty when it can. */
    public Uni<Optional<String>> refusal(String code, LocalDate on) {
        return Municipality.<Municipality>findById(code)
                .map(found -> MunicipalityRegister.refusal(code, found == null ? null : found.entry(), on));
    }
}
