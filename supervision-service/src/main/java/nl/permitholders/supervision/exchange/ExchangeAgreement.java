package nl.permitholders.supervision.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.time.NetherlandsClock;
import nl.permitholders.supervision.exchange.AgreementStep.Kind;

/**
 * R2, an exchange the municipalities agree among themselves (Huisvestingswet 2014 art. 29 lid 2), for one half-year
 * between two or more municipalities: quota each takes over or hands over, adding up to zero, and, when they agree,
 * backlog handed over from one to another, adding up to zero too, where a municipality hands over at most the backlog
 * it carries into the half-year.
 * <p>
 * One party proposes it, and its own part counts as agreed; every other party confirms it, or declines it; the
 * proposer may withdraw it until it is registered. Once every party has confirmed, province staff of the parties'
 * province, or the Rijk, register it or refuse it with a reason; an agreement between municipalities of different
 * provinces only the Rijk registers. At the proposal and again at the registration no party's adjusted quota for the
 * half-year (carried backlog + quota ± exchanges registered earlier ± this one) may go below zero: an exchange larger
 * than a party's own quota of the half-year is allowed as long as that holds.
 * <p>
 * The history of steps is the agreement: each step is added, none changed.
 */
public final class ExchangeAgreement {

    private final UUID id;
    private final Period period;
    private final String reason;
    private final List<AgreementChange> changes;
    private final List<AgreementStep> steps;

    /** A party may not do this step (403): it is no party, or not the proposer, or not the registrar. */
    public static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }

    /** An agreement as stored: its changes and its steps, the proposal first. */
    public ExchangeAgreement(UUID id, Period period, String reason, List<AgreementChange> changes, List<AgreementStep> steps) {
        if (steps.isEmpty() || steps.get(0).kind() != Kind.PROPOSED) {
            throw new IllegalArgumentException("an agreement's history starts with its proposal");
        }
        this.id = id;
        this.period = period;
        this.reason = reason;
        this.changes = List.copyOf(changes);
        this.steps = List.copyOf(steps);
    }

    /**
     * {@code proposer} proposes the agreement; 400 naming the field when the changes are no exchange (fewer than two
     * parties, a party twice, a party whose part changes nothing, sums other than zero, the proposer no party) or when
     * they fail the check on the parties' {@code positions} ({@link #check}).
     */
    public static ExchangeAgreement propose(UUID id, Period period, String reason, List<AgreementChange> changes, String proposer,
                                            Map<String, PartyPosition> positions, String author, Instant at) {
        Violations invalid = shape(changes, proposer);
        if (invalid.isEmpty()) {
            invalid = check(period, changes, positions);
        }
        invalid.throwIfAny();
        return new ExchangeAgreement(id, period, reason, changes,
                List.of(new AgreementStep(Kind.PROPOSED, proposer, author, at, null)));
    }

    private static Violations shape(List<AgreementChange> changes, String proposer) {
        Violations invalid = new Violations();
        if (changes.size() < 2) {
            return invalid.add("changes", "an exchange is between two or more municipalities; " + changes.size() + " given");
        }
        Set<String> seen = new HashSet<>();
        long deltas = 0;
        long transfers = 0;
        for (int i = 0; i < changes.size(); i++) {
            AgreementChange change = changes.get(i);
            if (!seen.add(change.municipalityCode())) {
                invalid.add("changes[" + i + "].municipalityCode", change.municipalityCode() + " is named twice");
            }
            if (change.delta() == 0 && change.backlogTransfer() == 0) {
                invalid.add("changes[" + i + "].delta", change.municipalityCode() + " neither takes over nor hands over anything "
                        + "(delta and backlogTransfer both 0): leave it out");
            }
            deltas += change.delta();
            transfers += change.backlogTransfer();
        }
        return invalid.check(deltas == 0, "changes", "the quota deltas add up to " + deltas + ", not 0: what one takes over another hands over")
                .check(transfers == 0, "changes", "the backlog transfers add up to " + transfers + ", not 0: backlog one hands over another takes over")
                .check(seen.contains(proposer), "changes", "the proposing municipality " + proposer + " is not one of the parties");
    }

    /**
     * The check at the proposal and at the registration: each party hands over at most the backlog it carries into the
     * half-year, and no party's adjusted quota for the half-year goes below zero with this agreement; each refusal
     * names the party's field and the numbers. A party whose position is unknown is refused by its municipality code.
     */
    public static Violations check(Period period, List<AgreementChange> changes, Map<String, PartyPosition> positions) {
        Violations invalid = new Violations();
        for (int i = 0; i < changes.size(); i++) {
            AgreementChange change = changes.get(i);
            PartyPosition position = positions.get(change.municipalityCode());
            String field = "changes[" + i + "]";
            if (position == null) {
                invalid.add(field + ".municipalityCode", change.municipalityCode() + " has no figures for " + period
                        + ": nothing is known about it, or it had merged");
                continue;
            }
            int carried = Math.max(0, position.carriedBacklog());
            if (-change.backlogTransfer() > carried) {
                invalid.add(field + ".backlogTransfer", change.municipalityCode() + " hands over "
                        + -change.backlogTransfer() + " persons of backlog but carries " + position.carriedBacklog() + " into " + period);
                continue;
            }
            long after = (long) position.adjustedQuota() + change.delta() + change.backlogTransfer();
            if (after < 0) {
                invalid.add(field + (change.delta() < 0 ? ".delta" : ".backlogTransfer"), "would leave the adjusted quota of "
                        + change.municipalityCode() + " for " + period + " at " + after + ": carried backlog " + position.carriedBacklog()
                        + " + quota " + position.quota() + " " + signed(position.exchanges()) + " exchanges registered earlier "
                        + signed(change.delta()) + " quota " + signed(change.backlogTransfer()) + " backlog in this one; it may not go below 0");
            }
        }
        return invalid;
    }

    private static String signed(int n) {
        return n < 0 ? "- " + -n : "+ " + n;
    }

    public UUID id() {
        return id;
    }

    public Period period() {
        return period;
    }

    public String reason() {
        return reason;
    }

    public List<AgreementChange> changes() {
        return changes;
    }

    public List<AgreementStep> steps() {
        return steps;
    }

    public AgreementStep lastStep() {
        return steps.get(steps.size() - 1);
    }

    public String proposer() {
        return steps.get(0).actingFor();
    }

    /** The parties, in the order the proposal named them. */
    public Set<String> parties() {
        Set<String> parties = new LinkedHashSet<>();
        changes.forEach(c -> parties.add(c.municipalityCode()));
        return parties;
    }

    /** The parties that agreed: the proposer, and every party that confirmed. */
    public Set<String> agreed() {
        Set<String> agreed = new LinkedHashSet<>();
        agreed.add(proposer());
        steps.stream().filter(s -> s.kind() == Kind.CONFIRMED).forEach(s -> agreed.add(s.actingFor()));
        return agreed;
    }

    /** The parties whose confirmation is still awaited, in the order the proposal named them. */
    public Set<String> awaiting() {
        Set<String> awaiting = parties();
        awaiting.removeAll(agreed());
        return awaiting;
    }

    public AgreementState state() {
        for (AgreementStep step : steps) {
            switch (step.kind()) {
                case REGISTERED -> {
                    return AgreementState.REGISTERED;
                }
                case REFUSED -> {
                    return AgreementState.REFUSED;
                }
                case DECLINED -> {
                    return AgreementState.DECLINED;
                }
                case WITHDRAWN -> {
                    return AgreementState.WITHDRAWN;
                }
                default -> {
                }
            }
        }
        return awaiting().isEmpty() ? AgreementState.CONFIRMED : AgreementState.PROPOSED;
    }

    /** The registration step, once registered. */
    public AgreementStep registration() {
        return steps.stream().filter(s -> s.kind() == Kind.REGISTERED).findFirst().orElse(null);
    }

    /** {@code party} confirms its part; only a party whose confirmation is awaited, while the agreement is proposed. */
    public ExchangeAgreement confirm(String party, String author, Instant at) {
        requireParty(party);
        requireState(AgreementState.PROPOSED, "confirmed");
        if (!awaiting().contains(party)) {
            throw new ConflictException(party + " has agreed to exchange agreement " + id + " already");
        }
        return with(new AgreementStep(Kind.CONFIRMED, party, author, at, null));
    }

    /** A party other than the proposer declines the agreement (also after confirming it), until it is registered. */
    public ExchangeAgreement decline(String party, String why, String author, Instant at) {
        requireParty(party);
        if (party.equals(proposer())) {
            throw new NotAllowed(party + " proposed exchange agreement " + id + ": it withdraws it rather than declining it");
        }
        requireOpen("declined");
        return with(new AgreementStep(Kind.DECLINED, party, author, at, why));
    }

    /** The proposer withdraws the agreement, until it is registered. */
    public ExchangeAgreement withdraw(String party, String author, Instant at) {
        requireParty(party);
        if (!party.equals(proposer())) {
            throw new NotAllowed("only the proposing municipality " + proposer() + " may withdraw exchange agreement " + id);
        }
        requireOpen("withdrawn");
        return with(new AgreementStep(Kind.WITHDRAWN, party, author, at, null));
    }

    /** The request field that confirms registering an agreement for a half-year whose deadline has passed. */
    public static final String CONFIRM_CLOSED = "confirmClosedHalfYear";

    /**
     * The registrar's explicit confirmation that an agreement for a closed half-year is to be registered all the same,
     * with why it comes this late (may be null).
     */
    public record ClosedHalfYearConfirmation(String reason) {
    }

    /** Whether {@code period} is closed on {@code today}: its deadline has passed, so its verdict has been given. */
    public static boolean closed(Period period, LocalDate today) {
        return !today.isBefore(period.deadline());
    }

    /** As {@link #register(Registrar, Map, ClosedHalfYearConfirmation, String, Instant)}, without a confirmation. */
    public ExchangeAgreement register(Registrar registrar, Map<String, PartyPosition> positions, String author, Instant at) {
        return register(registrar, positions, null, author, at);
    }

    /**
     * {@code registrar} registers the agreement once every party confirmed it, after checking it again on the parties'
     * {@code positions} as they are now (400 naming the field and the numbers when it fails). An agreement for a
     * half-year already closed on the day of {@code at} changes verdicts given at its deadline: it is registered only with
     * the registrar's {@code confirmation} (400 naming {@value #CONFIRM_CLOSED} without it), and its registration step
     * says so.
     */
    public ExchangeAgreement register(Registrar registrar, Map<String, PartyPosition> positions, ClosedHalfYearConfirmation confirmation,
                                      String author, Instant at) {
        requireRegistrar(registrar, positions);
        requireState(AgreementState.CONFIRMED, "registered");
        boolean closed = closed(period, LocalDate.ofInstant(at, NetherlandsClock.NETHERLANDS));
        Violations invalid = new Violations().check(!closed || confirmation != null, CONFIRM_CLOSED, period + " closed at its deadline "
                + period.deadline() + ": registering this agreement now changes the verdicts given there, so it must be confirmed "
                + "explicitly (" + CONFIRM_CLOSED + ": true)");
        check(period, changes, positions).list().forEach(p -> invalid.add(p.name(), p.reason()));
        invalid.throwIfAny();
        return with(new AgreementStep(Kind.REGISTERED, registrar.actingFor(), author, at,
                closed ? lateRegistration(confirmation) : null));
    }

    /** What the registration step of an agreement for a closed half-year says. */
    private String lateRegistration(ClosedHalfYearConfirmation confirmation) {
        String confirmed = "registered after " + period + " closed at its deadline " + period.deadline() + ", confirmed explicitly";
        return confirmation.reason() == null || confirmation.reason().isBlank() ? confirmed : confirmed + ": " + confirmation.reason().strip();
    }

    /** Whether this agreement was registered for a half-year already closed, as its registration step says. */
    public boolean registeredLate() {
        AgreementStep registration = registration();
        return registration != null && registration.reason() != null;
    }

    /** {@code registrar} refuses to register the agreement, with a reason; while it is open. */
    public ExchangeAgreement refuse(Registrar registrar, Map<String, PartyPosition> positions, String why, String author, Instant at) {
        requireRegistrar(registrar, positions);
        requireOpen("refused");
        return with(new AgreementStep(Kind.REFUSED, registrar.actingFor(), author, at, why));
    }

    /**
     * Whether {@code registrar} may register this agreement: the Rijk always; a province when the register places every
     * party in it.
     */
    public boolean mayBeRegisteredBy(Registrar registrar, Map<String, PartyPosition> positions) {
        return registrar.isRijk() || parties().stream().allMatch(code -> positions.get(code) != null
                && Objects.equals(positions.get(code).provinceCode(), registrar.actingFor()));
    }

    private void requireRegistrar(Registrar registrar, Map<String, PartyPosition> positions) {
        if (!mayBeRegisteredBy(registrar, positions)) {
            throw new NotAllowed("province " + registrar.actingFor() + " may not decide on exchange agreement " + id
                    + ": not all its parties lie in it, and an agreement across provinces only the Rijk registers");
        }
    }

    private void requireParty(String party) {
        if (!parties().contains(party)) {
            throw new NotAllowed(party + " is no party to exchange agreement " + id);
        }
    }

    private void requireState(AgreementState required, String step) {
        AgreementState state = state();
        if (state != required) {
            throw new ConflictException("exchange agreement " + id + " is " + state + ": only a " + required + " agreement can be " + step);
        }
    }

    private void requireOpen(String step) {
        AgreementState state = state();
        if (!state.open()) {
            throw new ConflictException("exchange agreement " + id + " is " + state + " and can no longer be " + step);
        }
    }

    private ExchangeAgreement with(AgreementStep step) {
        List<AgreementStep> next = new ArrayList<>(steps);
        next.add(step);
        return new ExchangeAgreement(id, period, reason, changes, next);
    }
}
