package nl.permitholders.quota.quota;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of a municipality's quota for a half-year; {@code publishedOn} is null where the Rijk's date is not known,
 * and then left out of an answer, as the document has it optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"version", "persons", "status", "recordedAt"})
public record QuotaVersion(int version, int persons, QuotaStatus status, LocalDate publishedOn, QuotaBasis basis, String reason,
                           Instant recordedAt) {
}
