package nl.permitholders.supervision.timeline;

import java.util.List;
import nl.permitholders.platform.period.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"code", "name", "deadlines", "months"})
public record TimelineView(String code, String name, String from, String until, List<DeadlineView> deadlines, List<MonthView> months) {
    static TimelineView of(String code, String name, Period from, Period until, Timeline t) {
        return new TimelineView(code, name, from.toString(), until.toString(),
                t.deadlines().stream().map(d -> new DeadlineView(d.period().toString(), d.deadline(), d.passed(), d.adjustedQuota(),
                        d.housed(), d.backlog(), d.ownBacklog(), d.difference() == 0 ? null : d.difference(), d.onCoasFigure())).toList(),
                t.months().stream().map(m -> new MonthView(m.month(), m.housed())).toList());
    }
}
