package nl.permitholders.supervision.round;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * The domain's names in Dutch, as the judgement letters and the province's report say them (the API keeps English enum
 * names): the templates, the province's own included, use them as {@code {msg:stage(...)}}; the report's .xlsx through
 * {@code MessageBundles.get}. Only the names of what a letter's or the report's data holds: the pages' names are the
 * dashboard application's own ({@code nl.permitholders.dashboard.Labels}).
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

    /** Whether a quota is the Rijk's announcement or its fixed figure. */
    @Message("{#when status}{#is PROVISIONAL}voorlopig{#is FINAL}definitief{/when}")
    String quotaStatus(QuotaStatus status);

    @Message("{#when standing}{#is NOT_STARTED}nog niet begonnen{#is BEHIND}achter{#is ON_TRACK}op koers{/when}")
    String standing(Standing standing);

    /** The supervision regime the province decided, with the colour Overijssel gives it. */
    @Message("{#when regime}{#is LOW}laag (groen){#is MEDIUM}midden (oranje){#is HIGH}hoog (rood){/when}")
    String regime(SupervisionRegime regime);
}
