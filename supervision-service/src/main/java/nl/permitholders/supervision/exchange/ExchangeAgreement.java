package nl.permitholders.supervision.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>
 * R3: the continuing municipality takes over the agreements of the municipalities merged into it ({@link PartyHolderRule}):
 * a merged party's part of a half-year that is the continuing municipality's is checked on its figures, the continuing
 * municipality acts for the merged party, and a new agreement names the continuing municipality instead.
 */
public final class ExchangeAgreement {

    private final UUID id;
    private final Period period;
    private final String reason;
    private final List<AgreementChange> changes;
    private final List<AgreementStep> steps;
    private final PartyHolderRule holders;

    /** A party may not do this step (403): it is no party, or not the proposer, or not the registrar. */
    public static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }

    /** An agreement as stored: its changes and its steps, the proposal first; no party merged. */
    public ExchangeAgreement(UUID id, Period period, String reason, List<AgreementChange> changes, List<AgreementStep> steps) {
        this(id, period, reason, changes, steps, PartyHolderRule.none());
    }

    /** An agreement as stored, its parties followed through the mergers of {@code holders}. */
    public ExchangeAgreement(UUID id, Period period, String reason, List<AgreementChange> changes, List<AgreementStep> steps,
                             PartyHolderRule holders) {
        if (steps.isEmpty() || steps.get(0).kind() != Kind.PROPOSED) {
            throw new IllegalArgumentException("an agreement's history starts with its proposal");
        }
        this.id = id;
        this.period = period;
        this.reason = reason;
        this.changes = List.copyOf(changes);
        this.steps = List.copyOf(steps);
        this.holders = holders;
    }

    /**
     * {@code proposer} proposes the agreement; 400 naming the field when the changes are no exchange (fewer than two
     * parties, a party twice, a party whose part changes nothing, sums other than zero, the proposer no party) or when
     * they fail the check on the parties' {@code positions} ({@link #check}).
     */
    public static ExchangeAgreement propose(UUID id, Period period, String reason, List<AgreementChange> changes, String proposer,
                                            Map<String, PartyPosition> positions, String author, Instant at) {
        return propose(id, period, reason, changes, proposer, positions, PartyHolderRule.none(), author, at);
    }

    /**
     * As {@link #propose(UUID, Period, String, List, String, Map, String, Instant)}, after the mergers of {@code holders}:
     * a party that merged into another by the half-year is refused naming the one to name instead.
     */
    public static ExchangeAgreement propose(UUID id, Period period, String reason, List<AgreementChange> changes, String proposer,
                                            Map<String, PartyPosition> positions, PartyHolderRule holders, String author, Instant at) {
        Violations invalid = shape(changes, proposer);
        for (int i = 0; i < changes.size(); i++) {
            String field = "changes[" + i + "].municipalityCode";
            holders.refusal(changes.get(i).municipalityCode(), period).ifPresent(why -> invalid.add(field, why));
        }
        (invalid.isEmpty() ? check(period, changes, positions, holders) : invalid).throwIfAny();
        return new ExchangeAgreement(id, period, reason, changes,
                List.of(new AgreementStep(Kind.PROPOSED, proposer, author, at, null)), holders);
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

    /** As {@link #check(Period, List, Map, PartyHolderRule)}, no party merged. */
    public static Violations check(Period period, List<AgreementChange> changes, Map<String, PartyPosition> positions) {
        return check(period, changes, positions, PartyHolderRule.none());
    }

    /**
     * The check at the proposal and at the registration: each party hands over at most the backlog it carries into the
     * half-year, and no party's adjusted quota for the half-year goes below zero with this agreement; each refusal
     * names the party's field and the numbers. A party whose position is unknown is refused by its municipality code.
     * The parts of municipalities merged into one are checked together, on the figures of the one that holds the
     * half-year ({@code positions} by its code): parts that became one municipality exchange nothing between them.
     */
    public static Violations check(Period period, List<AgreementChange> changes, Map<String, PartyPosition> positions,
                                   PartyHolderRule holders) {
        Violations invalid = new Violations();
        Map<String, List<Integer>> partsByHolder = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            partsByHolder.computeIfAbsent(holders.holderOf(changes.get(i).municipalityCode(), period), k -> new ArrayList<>()).add(i);
        }
        if (partsByHolder.size() < 2) {
            return invalid.add("changes", String.join(", ", changes.stream().map(c -> holders.shown(c.municipalityCode(), period)).toList())
                    + " are one municipality for " + period + " since their merger (R3): the agreement exchanges nothing between municipalities");
        }
        partsByHolder.forEach((holder, parts) -> checkHolder(period, holder, parts, changes, positions.get(holder), holders, invalid));
        return invalid;
    }

    /** The check of one municipality's parts: usually one, more where parties merged into it. */
    private static void checkHolder(Period period, String holder, List<Integer> parts, List<AgreementChange> changes, PartyPosition position,
                                    PartyHolderRule holders, Violations invalid) {
        int first = parts.get(0);
        String named = parts.size() == 1 ? holders.shown(changes.get(first).municipalityCode(), period) : holder + " (" + String.join(" and ",
                parts.stream().map(i -> changes.get(i).municipalityCode()).toList()) + " together)";
        if (position == null) {
            invalid.add("changes[" + first + "].municipalityCode", named + " has no figures for " + period
                    + ": nothing is known about it, or it had merged");
            return;
        }
        int delta = parts.stream().mapToInt(i -> changes.get(i).delta()).sum();
        int backlogTransfer = parts.stream().mapToInt(i -> changes.get(i).backlogTransfer()).sum();
        int carried = Math.max(0, position.carriedBacklog());
        if (-backlogTransfer > carried) {
            invalid.add(field(parts, changes, false), named + " hands over " + -backlogTransfer + " persons of backlog but carries "
                    + position.carriedBacklog() + " into " + period);
            return;
        }
        long after = (long) position.adjustedQuota() + delta + backlogTransfer;
        if (after < 0) {
            invalid.add(field(parts, changes, true), "would leave the adjusted quota of " + named + " for " + period + " at " + after
                    + ": carried backlog " + position.carriedBacklog() + " + quota " + position.quota() + " " + signed(position.exchanges())
                    + " exchanges registered earlier " + signed(delta) + " quota " + signed(backlogTransfer)
                    + " backlog in this one; it may not go below 0");
        }
    }

    /**
     * The field a refusal names: the first of the parts that hands over quota ({@code quota}) or backlog; a party that
     * hands over no quota is refused by its backlog transfer.
     */
    private static String field(List<Integer> parts, List<AgreementChange> changes, boolean quota) {
        for (int i : parts) {
            if (quota ? changes.get(i).delta() < 0 : changes.get(i).backlogTransfer() < 0) {
                return "changes[" + i + "]." + (quota ? "delta" : "backlogTransfer");
            }
        }
        return "changes[" + parts.get(0) + "].backlogTransfer";
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

    /**
     * The parties that agreed: the proposer, and every party confirmed by itself or by the municipality that acted for
     * it on the day of the confirmation (R3).
     */
    public Set<String> agreed() {
        Set<String> agreed = new LinkedHashSet<>();
        agreed.add(proposer());
        steps.stream().filter(s -> s.kind() == Kind.CONFIRMED).forEach(step -> parties().stream()
                .filter(party -> step.actingFor().equals(party) || step.actingFor().equals(holders.actingFor(party, period, dayOf(step.at()))))
                .forEach(agreed::add));
        return agreed;
    }

    /** The parties {@code municipality} acts for on the day of {@code at}: itself, and those merged into it (R3). */
    public Set<String> actedForBy(String municipality, Instant at) {
        return actedForBy(municipality, dayOf(at));
    }

    /** The parties {@code municipality} acts for on {@code day}: itself, and those merged into it (R3). */
    public Set<String> actedForBy(String municipality, LocalDate day) {
        Set<String> parts = new LinkedHashSet<>();
        parties().stream().filter(party -> municipality.equals(holders.actingFor(party, period, day))).forEach(parts::add);
        return parts;
    }

    /** The municipalities whose figures of the half-year hold the parties' parts, in the order the proposal named them. */
    public Set<String> holders() {
        Set<String> holding = new LinkedHashSet<>();
        parties().forEach(party -> holding.add(holders.holderOf(party, period)));
        return holding;
    }

    /** The municipality whose figures of the half-year hold {@code party}'s part: itself, or the one it merged into (R3). */
    public String holderOf(String party) {
        return holders.holderOf(party, period);
    }

    /** The parties and the municipalities that continue them now or later, by mergers: who may read the agreement. */
    public Set<String> partiesAndTheirSuccessors() {
        Set<String> codes = new LinkedHashSet<>(parties());
        parties().forEach(party -> codes.add(holders.lastOf(party)));
        parties().forEach(party -> codes.add(holders.holderOf(party, period)));
        return codes;
    }

    /** The municipalities whose figures hold a part that hands over quota or backlog: where the agreement can stop holding. */
    public Set<String> holdersHandingOver() {
        Set<String> handing = new LinkedHashSet<>();
        changes.stream().filter(c -> c.delta() < 0 || c.backlogTransfer() < 0).forEach(c -> handing.add(holders.holderOf(c.municipalityCode(), period)));
        return handing;
    }

    private static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, NetherlandsClock.NETHERLANDS);
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

    /**
     * {@code municipality} confirms its part, and the parts of the parties merged into it (R3); only while the
     * agreement is proposed and one of those parts is awaited.
     */
    public ExchangeAgreement confirm(String municipality, String author, Instant at) {
        Set<String> parts = requireParty(municipality, at);
        requireState(AgreementState.PROPOSED, "confirmed");
        if (awaiting().stream().noneMatch(parts::contains)) {
            throw new ConflictException(municipality + " has agreed to exchange agreement " + id + " already");
        }
        return with(new AgreementStep(Kind.CONFIRMED, municipality, author, at, null));
    }

    /**
     * A party other than the proposer, or the municipality acting for it, declines the agreement (also after confirming
     * it), until it is registered.
     */
    public ExchangeAgreement decline(String municipality, String why, String author, Instant at) {
        Set<String> parts = requireParty(municipality, at);
        if (parts.contains(proposer())) {
            throw new NotAllowed(municipality + " proposed exchange agreement " + id + (municipality.equals(proposer()) ? "" : " for " + proposer())
                    + ": it withdraws it rather than declining it");
        }
        requireOpen("declined");
        return with(new AgreementStep(Kind.DECLINED, municipality, author, at, why));
    }

    /** The proposer, or the municipality acting for it, withdraws the agreement, until it is registered. */
    public ExchangeAgreement withdraw(String municipality, String author, Instant at) {
        Set<String> parts = requireParty(municipality, at);
        if (!parts.contains(proposer())) {
            throw new NotAllowed("only the proposing municipality " + proposer() + " may withdraw exchange agreement " + id);
        }
        requireOpen("withdrawn");
        return with(new AgreementStep(Kind.WITHDRAWN, municipality, author, at, null));
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
        check(period, changes, positions, holders).list().forEach(p -> invalid.add(p.name(), p.reason()));
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
        return registrar.isRijk() || holders().stream().allMatch(code -> positions.get(code) != null
                && Objects.equals(positions.get(code).provinceCode(), registrar.actingFor()));
    }

    private void requireRegistrar(Registrar registrar, Map<String, PartyPosition> positions) {
        if (!mayBeRegisteredBy(registrar, positions)) {
            throw new NotAllowed("province " + registrar.actingFor() + " may not decide on exchange agreement " + id
                    + ": not all its parties lie in it, and an agreement across provinces only the Rijk registers");
        }
    }

    /** The parts {@code municipality} acts for on the day of {@code at}; 403 when it acts for none. */
    private Set<String> requireParty(String municipality, Instant at) {
        Set<String> parts = actedForBy(municipality, at);
        if (parts.isEmpty()) {
            String continuing = parties().contains(municipality) ? holders.actingFor(municipality, period, dayOf(at)) : municipality;
            throw new NotAllowed(municipality + " is no party to exchange agreement " + id + (continuing.equals(municipality) ? ""
                    : ": it merged into " + continuing + ", which acts for it (R3)"));
        }
        return parts;
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
        return new ExchangeAgreement(id, period, reason, changes, next, holders);
    }
}
