package nl.permitholders.supervision.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"step", "actingFor", "author", "at"})
public record AgreementStepView(AgreementStep.Kind step,
                                @Schema(description = "the party's municipality code, or for a registration or refusal the "
                                        + "province's code or RIJK") String actingFor,
                                String author, Instant at, String reason,
                                @Schema(description = "on a registration: true when it was registered after its half-year "
                                        + "closed, confirmed explicitly (confirmClosedHalfYear); absent otherwise")
                                @JsonInclude(JsonInclude.Include.NON_NULL) Boolean confirmClosedHalfYear) {

    static AgreementStepView of(AgreementStep step, boolean registeredLate) {
        return new AgreementStepView(step.kind(), step.actingFor(), step.author(), step.at(), step.reason(),
                step.kind() == AgreementStep.Kind.REGISTERED && registeredLate ? Boolean.TRUE : null);
    }
}
