package nl.permitholders.infrastructure.naming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** The request's identity, as a web layer keeps it: who asks (here only the day they ask on); it reaches no data. */
@RequestScoped
public class WardViewer {

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
