package nl.permitholders.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.permitholders.dashboard.api.QuotaStatus;
import nl.permitholders.dashboard.api.ScheduleColour;
import nl.permitholders.dashboard.api.Stage;
import nl.permitholders.dashboard.api.SupervisionRegime;

/**
 * The domain's names as the pages say them, in Dutch; the APIs keep English enum names. The templates use them as
 * {@code {msg:stage(...)}}; the pages' tables and exports through {@code MessageBundles.get}.
 */
@MessageBundle(value = "msg", locale = "nl")
public interface Labels {

    @Message("{#when stage}{#is NONE}geen{#is SIGNAL}signaal{#is OFFICIAL_TALK}ambtelijk gesprek"
            + "{#is ADMINISTRATIVE_AGREEMENTS}bestuurlijke afspraken{#is SUBSTITUTION_ANNOUNCED}indeplaatsstelling aangekondigd"
            + "{#is SUBSTITUTION_DECIDED}indeplaatsstelling besloten{#is SUBSTITUTION_EXECUTED}indeplaatsstelling uitgevoerd{/when}")
    String stage(Stage stage);

    /** Whether a quota is the Rijk's announcement or its fixed figure. */
    @Message("{#when status}{#is PROVISIONAL}voorlopig{#is FINAL}definitief{/when}")
    String quotaStatus(QuotaStatus status);

    /** The schedule colour against the Opnieuw Thuis benchmark; also its style and the overview's filter value. */
    @Message("{#when colour}{#is GREEN}groen{#is ORANGE}oranje{#is RED}rood{/when}")
    String scheduleColour(ScheduleColour colour);

    /** The supervision regime the province decided, with the colour Overijssel gives it. */
    @Message("{#when regime}{#is LOW}laag (groen){#is MEDIUM}midden (oranje){#is HIGH}hoog (rood){/when}")
    String regime(SupervisionRegime regime);
}
