package nl.permitholders.housingstock.vera;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of one Toewijzing of a request.
 *
 * @param index          its position in the batch, from 0
 * @param allocationId   the allocation it is recorded as (ACCEPTED, ALREADY_ACCEPTED, and CONFLICT: the earlier one)
 * @param reasons        why it was refused, per VERA property (REFUSED, CONFLICT)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"index", "outcome"})
public record ItemResult(int index, String idExtern, Outcome outcome, UUID allocationId, List<InvalidParam> reasons) {

    public enum Outcome {
        /** Recorded as a new allocation. */
        ACCEPTED,
        /** The same Toewijzing was recorded before; nothing changed. */
        ALREADY_ACCEPTED,
        /** Invalid or not placeable; nothing was recorded. */
        REFUSED,
        /** The organisation sent this idExtern before with different content; nothing changed. */
        CONFLICT
    }

    static ItemResult refused(int index, String idExtern, List<InvalidParam> reasons) {
        return new ItemResult(index, idExtern, Outcome.REFUSED, null, reasons);
    }
}
