package nl.permitholders.housingstock.vera;

import java.util.List;
import nl.permitholders.housingstock.vera.ItemResult.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch of Toewijzingen: every item's outcome, in the order they were sent, and the totals. */
@Schema(requiredProperties = {"received", "accepted", "alreadyAccepted", "refused", "conflicts", "items"})
public record BatchReport(int received, int accepted, int alreadyAccepted, int refused, int conflicts,
                          List<ItemResult> items) {

    public static BatchReport of(List<ItemResult> items) {
        return new BatchReport(items.size(), count(items, Outcome.ACCEPTED), count(items, Outcome.ALREADY_ACCEPTED),
                count(items, Outcome.REFUSED), count(items, Outcome.CONFLICT), items);
    }

    private static int count(List<ItemResult> items, Outcome outcome) {
        return (int) items.stream().filter(item -> item.outcome() == outcome).count();
    }
}
