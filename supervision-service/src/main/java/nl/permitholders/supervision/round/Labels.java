package nl.permitholders.supervision.round;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.actionplan.MeasureStatus;
import nl.permitholders.supervision.actionplan.Term;
import nl.permitholders.supervision.exchange.AgreementState;
import nl.permitholders.supervision.exchange.AgreementStep;
import nl.permitholders.supervision.ladder.AdviceView;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.schedule.ScheduleColourRule;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * The domain's names in Dutch, as the judgement letters and the province's report say them (the API keeps English enum
 * names): the templates, the province's own included, use them as {@code {msg:stage(...)}}; the report's .xlsx through
 * {@code MessageBundles.get}.
 */
@MessageBundle(value = "msg", locale = "nl")
public interface Labels {

    @Message("{#when stage}{#is NONE}geen{#is SIGNAL}signaal{#is OFFICIAL_TALK}ambtelijk gesprek"
            + "{#is ADMINISTRATIVE_AGREEMENTS}bestuurlijke afspraken{#is SUBSTITUTION_ANNOUNCED}indeplaatsstelling aangekondigd"
            + "{#is SUBSTITUTION_DECIDED}indeplaatsstelling besloten{#is SUBSTITUTION_EXECUTED}indeplaatsstelling uitgevoerd{/when}")
    String stage(Stage stage);

    @Message("{#when verdict}{#is MET}gehaald{#is NOT_MET_EXCUSABLE}niet gehaald, verschoonbaar (te weinig gekoppeld)"
            + "{#is NOT_MET}niet gehaald{/when}")
    String verdict(Verdict verdict);

    /** The province's own verdict: its grounds say why, so no reason is given here. */
    @Message("{#when verdict}{#is MET}gehaald{#is NOT_MET_EXCUSABLE}niet gehaald, verschoonbaar{#is NOT_MET}niet gehaald{/when}")
    String provinceVerdict(Verdict verdict);

    @Message("{#when kind}{#is OPENING_BALANCE}beginstand achterstand{#is QUOTA}taakstelling{#is COUPLED}gekoppeld"
            + "{#is COUPLING_CORRECTED}koppeling gecorrigeerd{#is HOUSED}gehuisvest{#is REVOKED}huisvesting ingetrokken"
            + "{#is MOVED_ON}doorgestroomd naar vervolghuisvesting"
            + "{#is REUNIFIED}nareizigers aangekomen{#is CANCELLED}koppeling vervallen{#is ALLOCATED}woning toegewezen"
            + "{#is EXCHANGE}uitruil taakstelling{#is BACKLOG_TRANSFERRED}achterstand overgedragen bij uitruil{#is CAPACITY_PLANNED}capaciteit gepland{#is CAPACITY_DELIVERED}capaciteit opgeleverd"
            + "{#is ANCHORED}stand van het COA overgenomen{#is DIVIDED}koppeling verdeeld na opsplitsing"
            + "{#is UNIT_LOCATED}woning geregistreerd of gecorrigeerd{/when}")
    String entryKind(EntryKind kind);

    /** Why COA cancelled a coupling: "koppeling vervallen: elders gekoppeld" on the ledger. */
    @Message("{#when reason}{#is WITHDRAWN}ingetrokken door het COA{#is RECOUPLED}elders gekoppeld{/when}")
    String cancellationReason(CancellationReason reason);

    /** Whether a quota is the Rijk's announcement or its fixed figure. */
    @Message("{#when status}{#is PROVISIONAL}voorlopig{#is FINAL}definitief{/when}")
    String quotaStatus(QuotaStatus status);

    @Message("{#when term}{#is SHORT}korte termijn{#is MEDIUM}middellange termijn{#is LONG}lange termijn{/when}")
    String term(Term term);

    @Message("{#when status}{#is PLANNED}gepland{#is IN_PROGRESS}in uitvoering{#is DONE}afgerond{#is DROPPED}vervallen{/when}")
    String measureStatus(MeasureStatus status);

    @Message("{#when standing}{#is NOT_STARTED}nog niet begonnen{#is BEHIND}achter{#is ON_TRACK}op koers{/when}")
    String standing(Standing standing);

    /** The schedule colour against the Opnieuw Thuis benchmark; also its style and the overview's filter value. */
    @Message("{#when colour}{#is GREEN}groen{#is ORANGE}oranje{#is RED}rood{/when}")
    String scheduleColour(ScheduleColourRule.Colour colour);

    /** The supervision regime the province decided, with the colour Overijssel gives it. */
    @Message("{#when regime}{#is LOW}laag (groen){#is MEDIUM}midden (oranje){#is HIGH}hoog (rood){/when}")
    String regime(SupervisionRegime regime);

    /** The advisor's reason (InterventionAdvisor), with the deadline that opened the chain when the advice rests on it. */
    @Message("{#when advice.reasonCode}{#is NO_DEADLINE_PASSED}nog geen peildatum voorbij"
            + "{#is LAST_DEADLINE_MET}de laatste peildatum is gehaald"
            + "{#is LAST_SHORTFALL_EXCUSABLE}het tekort op de laatste peildatum is verschoonbaar: het COA koppelde te weinig personen"
            + "{#is LAST_SHORTFALL_JUDGED_EXCUSABLE}de provincie oordeelde het tekort op de laatste peildatum verschoonbaar"
            + "{#is BACKLOG_GREW_AT_LAST_FOUR}de achterstand groeide op elk van de laatste vier peildata"
            + "{#is NOT_MET_AT_LAST}niet gehaald op de laatste peildatum"
            + "{#is NOT_MET_AT_LAST_TWO}niet gehaald op de laatste twee peildata op rij"
            + "{#is NOT_MET_AT_LAST_THREE_OR_MORE}niet gehaald op de laatste {advice.missedInARow} peildata op rij{/when}"
            + "{#if advice.openingDeadline}; meegeteld is de peildatum waarop de reeks begon, {dutch:date(advice.openingDeadline)}, "
            + "met een achterstand (beginstand) van {dutch:number(advice.openingBalance)}{/if}")
    String adviceReason(AdviceView advice);

    /** The ladder rule that gave the advice (LadderRules), and whose rules they are. */
    @Message("{#when advice.ruleCode}{#is LAST_NOT_MISSED}geen trede zolang de laatste peildatum niet gemist is"
            + "{#is BELOW_LOWEST_STEP}geen trede onder {advice.ruleDeadlines} gemiste peildata op rij"
            + "{#is MISSED_IN_A_ROW}vanaf {advice.ruleDeadlines} {#if advice.ruleDeadlines == 1}gemiste peildatum{#else}gemiste peildata{/if} op rij: {msg:stage(advice.stage)}"
            + "{#is BACKLOG_GREW}een achterstand die op elk van de laatste {advice.ruleDeadlines} peildata groeide, telkens gemist: "
            + "{msg:stage(advice.stage)}{/when}"
            + "{#if advice.rulesFrom} (regels van de provincie vanaf {dutch:date(advice.rulesFrom)}){#else} (standaardregels){/if}"
            + "{#if advice.rulesCorrection}; deze regels corrigeren met terugwerkende kracht eerdere regels, vastgelegd op "
            + "{dutch:date(advice.rulesCorrection.recordedOn)} door {advice.rulesCorrection.setBy}: {advice.rulesCorrection.correction}{/if}")
    String adviceRule(AdviceView advice);

    /** Whether COA's position and the system's figures agree on a reference date (the reconciliation page). */
    @Message("{#if agrees}gelijk{#else}verschilt{/if}")
    String reconciled(boolean agrees);

    /** Where a judgement letter stands (the supervision round's page). */
    @Message("{#when state}{#is DRAFT}concept{#is REVIEWED}nagekeken{#is SENT}verzonden{#is CORRECTING}verbetering in concept{/when}")
    String letterState(LetterState state);

    /** The button that puts a judgement letter in a state. */
    @Message("{#when state}{#is DRAFT}Terug naar concept{#is REVIEWED}Nagekeken{#is SENT}Verzonden"
            + "{#is CORRECTING}Verbeterde brief schrijven{/when}")
    String letterStateAction(LetterState state);

    @Message("{#when state}{#is PROPOSED}voorgesteld, wacht op de andere gemeenten{#is CONFIRMED}bevestigd, wacht op registratie"
            + "{#is REGISTERED}geregistreerd{#is REFUSED}geweigerd{#is DECLINED}afgewezen door een gemeente"
            + "{#is WITHDRAWN}ingetrokken{/when}")
    String agreementState(AgreementState state);

    @Message("{#when kind}{#is PROPOSED}voorgesteld{#is CONFIRMED}bevestigd{#is DECLINED}afgewezen{#is WITHDRAWN}ingetrokken"
            + "{#is REGISTERED}geregistreerd{#is REFUSED}geweigerd{/when}")
    String agreementStep(AgreementStep.Kind kind);
}
