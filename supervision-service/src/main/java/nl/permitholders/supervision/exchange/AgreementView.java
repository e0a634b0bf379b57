package nl.permitholders.supervision.exchange;

import java.util.List;
import java.util.UUID;
import nl.permitholders.supervision.figures.ExchangeBreachView;
import nl.permitholders.supervision.ledger.ExchangeValidity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "period", "state", "proposedBy", "changes", "awaiting", "history"})
public record AgreementView(UUID id, String period, AgreementState state, String reason, String proposedBy,
                            List<ChangeView> changes,
                            @Schema(description = "the parties whose confirmation is awaited") List<String> awaiting,
                            @Schema(description = "every step, oldest first") List<AgreementStepView> history,
                            @Schema(description = "R2 after the registration: the parties that handed over in this registered "
                                    + "agreement and whose adjusted quota of the half-year a later fact (a provisional quota "
                                    + "fixed lower, a quota lowered, persons housed late earlier) has taken below zero; the "
                                    + "figures count the facts, and the agreement no longer holds as registered for them. "
                                    + "Empty while it holds")
                            List<ExchangeBreachView> noLongerHoldsFor) {

    /** An agreement not registered: only a registered one can stop holding. */
    static AgreementView unregistered(ExchangeAgreement a) {
        if (a.state() == AgreementState.REGISTERED) {
            throw new IllegalArgumentException("a registered agreement is shown with the parties for whom it no longer holds");
        }
        return of(a, List.of());
    }

    static AgreementView of(ExchangeAgreement a, List<ExchangeValidity.Breach> breaches) {
        return new AgreementView(a.id(), a.period().toString(), a.state(), a.reason(), a.proposer(),
                a.changes().stream().map(c -> new ChangeView(c.municipalityCode(), c.delta(), c.backlogTransfer(), heldBy(a, c))).toList(),
                a.state().open() ? List.copyOf(a.awaiting()) : List.of(),
                a.steps().stream().map(s -> AgreementStepView.of(s, a.registeredLate())).toList(),
                breaches.stream().map(ExchangeBreachView::of).toList());
    }

    private static String heldBy(ExchangeAgreement a, AgreementChange c) {
        String holder = a.holderOf(c.municipalityCode());
        return holder.equals(c.municipalityCode()) ? null : holder;
    }
}
