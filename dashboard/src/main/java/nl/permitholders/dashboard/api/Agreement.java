package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An exchange agreement (R2) as supervision's exchanges API gives it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agreement(String id, String period, State state, String reason, String proposedBy, List<Change> changes,
                        List<String> awaiting, List<Step> history, List<Breach> noLongerHoldsFor) {

    /** A party's change; {@code heldBy} the municipality that holds its part after a merger (R3), absent while it holds it itself. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String municipalityCode, int delta, int backlogTransfer, String heldBy) {

        public String holder() {
            return heldBy == null ? municipalityCode : heldBy;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(StepKind step, String actingFor, String author, Instant at, String reason) {
    }

    /** A party for whom a registered agreement no longer holds: its adjusted quota of the half-year went below zero. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Breach(String municipalityCode, int carriedBacklog, int quota, QuotaStatus quotaStatus, int exchanges,
                         int adjustedQuota) {
    }

    public enum State {
        PROPOSED, CONFIRMED, REGISTERED, REFUSED, DECLINED, WITHDRAWN;

        public boolean open() {
            return this == PROPOSED || this == CONFIRMED;
        }
    }

    public enum StepKind {
        PROPOSED, CONFIRMED, DECLINED, WITHDRAWN, REGISTERED, REFUSED
    }

    /** The municipalities holding the parties' parts: the parties, or after a merger those they merged into (R3). */
    public Set<String> holders() {
        return changes.stream().map(Change::holder).collect(Collectors.toSet());
    }

    /** The parties {@code municipality} acts for: itself, and those merged into it that hold no part themselves (R3). */
    public Set<String> actedForBy(String municipality) {
        return Stream.concat(Stream.of(municipality), changes.stream().filter(c -> municipality.equals(c.heldBy()))
                .map(Change::municipalityCode)).collect(Collectors.toSet());
    }

    public List<Breach> breaches() {
        return noLongerHoldsFor == null ? List.of() : noLongerHoldsFor;
    }
}
