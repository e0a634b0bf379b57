package nl.permitholders.quota.balance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads the opening balances. */
@ApplicationScoped
public class OpeningBalanceQueries {

    /** Every version of a municipality's opening balance, the oldest first; empty when none is set. */
    public Uni<List<OpeningBalance>> history(String municipalityCode) {
        return OpeningBalanceVersionEntity.history(municipalityCode);
    }
}
