package nl.permitholders.supervision.figures;

import java.util.List;
import nl.permitholders.supervision.ledger.ExchangeValidity;
import nl.permitholders.supervision.ledger.QuotaStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality for whom the exchanges it handed over in during a half-year no longer hold ({@link ExchangeValidity}). */
public record ExchangeBreachView(String municipalityCode, String period, int carriedBacklog, int quota, QuotaStatus quotaStatus,
                                 int exchanges, @Schema(description = "below zero") int adjustedQuota,
                                 @Schema(description = "the exchanges (agreement ids, or ids of exchanges the Rijk recorded in "
                                         + "one step in quota-service) in which it handed over quota or backlog")
                                 List<String> handedOverIn,
                                 String explanation) {

    public static ExchangeBreachView of(ExchangeValidity.Breach b) {
        return new ExchangeBreachView(b.municipalityCode(), b.period().toString(), b.carriedBacklog(), b.quota(), b.quotaStatus(),
                b.exchanges(), b.adjustedQuota(), b.handedOverIn(), b.explanation());
    }
}
