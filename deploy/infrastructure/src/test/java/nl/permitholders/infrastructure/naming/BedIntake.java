package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** An application service named otherwise (as {@code ToewijzingIntake} was): a resource calls it. */
@ApplicationScoped
public class BedIntake {

    public int record(List<String> items) {
        return items.size();
    }
}
