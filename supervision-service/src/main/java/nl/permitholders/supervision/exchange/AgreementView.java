package nl.permitholders.supervision.exchange;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "period", "state", "proposedBy", "changes", "awaiting", "history"})
public record AgreementView(UUID id, String period, AgreementState state, String reason, String proposedBy,
                            List<ChangeView> changes,
                            @Schema(description = "the parties whose confirmation is awaited") List<String> awaiting,
                            @Schema(description = "every step, oldest first") List<AgreementStepView> history) {

    static AgreementView of(ExchangeAgreement a) {
        return new AgreementView(a.id(), a.period().toString(), a.state(), a.reason(), a.proposer(),
                a.changes().stream().map(c -> new ChangeView(c.municipalityCode(), c.delta(), c.backlogTransfer())).toList(),
                a.state().open() ? List.copyOf(a.awaiting()) : List.of(),
                a.steps().stream().map(s -> new AgreementStepView(s.kind(), s.actingFor(), s.author(), s.at(), s.reason())).toList());
    }
}
