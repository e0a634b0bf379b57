package nl.permitholders.supervision.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deadline of the timeline: the position judged there once it has passed, the system's own arithmetic beside it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"period", "deadline", "passed", "adjustedQuota", "housed", "backlog", "ownBacklog", "onCoasFigure"})
public record DeadlineView(String period, LocalDate deadline, boolean passed, int adjustedQuota, int housed,
                           @Schema(description = "at a deadline that has passed, the position judged there (R7): COA's end "
                                   + "position where province staff adopted it at that deadline, else the system's figures; "
                                   + "before it, the position so far")
                           int backlog,
                           @Schema(description = "the system's own arithmetic, without any adoption of COA's figures")
                           int ownBacklog,
                           @Schema(description = "backlog minus ownBacklog: what adoptions of COA's figures moved; absent when nothing did")
                           Integer difference,
                           @Schema(description = "how many municipalities are judged at this deadline on COA's end position "
                                   + "adopted there (0 or 1 for a municipality)")
                           int onCoasFigure) {
}
