package nl.permitholders.placement.couplingimport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.imports.TableFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import of COA's records and how far it is: its status resource, polled by its sender. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"id", "fileName", "format", "state", "sender", "senderRole", "receivedAt", "lines", "linesChecked",
        "linesStored", "linesAccepted", "linesRefused", "linesUnchanged", "couplingsRegistered", "placementsRecorded",
        "reunificationsRecorded", "couplingsCancelled", "events", "eventsPublished", "refusalsTotal"})
public record CouplingImportView(
        UUID id, String fileName, TableFormat format, CouplingImportState state,
        @Schema(description = "who sent it, as the audit trail names the writes made in its name") String sender,
        @Schema(description = "the role it was sent in: coa or rijk") String senderRole,
        Instant receivedAt,
        @Schema(description = "when it was accepted, refused or failed; absent until then") Instant finishedAt,
        @Schema(description = "lines read from the file, its header not counted") int lines,
        @Schema(description = "lines judged so far") int linesChecked,
        @Schema(description = "lines stored so far, in the import's transaction: they count once it is ACCEPTED") int linesStored,
        @Schema(description = "lines accepted: every line once ACCEPTED, none before (all or nothing)") int linesAccepted,
        @Schema(description = "lines refused; one refused line refuses the file") int linesRefused,
        @Schema(description = "lines whose every fact was stored before (the same line sent again): nothing done") int linesUnchanged,
        int couplingsRegistered, int placementsRecorded, int reunificationsRecorded, int couplingsCancelled,
        @Schema(description = "events the households' writes appended to placement.events (the import's own completion not counted)")
        int events,
        @Schema(description = "of those, published on placement.events so far") int eventsPublished,
        @Schema(description = "refusals in all: every refused field of every refused line") long refusalsTotal,
        @Schema(description = "the first refusals, in the file's order; all of them at .../refusals")
        List<RefusalView> refusals) {

    /** One refused field of a line: {@code line 17: Gemeentecode} and why. */
    @Schema(requiredProperties = {"line", "name", "reason"})
    public record RefusalView(int line, @Schema(description = "the line and column, e.g. \"line 17: Gemeentecode\"") String name,
                              String reason) {
    }
}
