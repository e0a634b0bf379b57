package nl.permitholders.supervision.exchange;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"step", "actingFor", "author", "at"})
public record AgreementStepView(AgreementStep.Kind step,
                                @Schema(description = "the party's municipality code, or for a registration or refusal the "
                                        + "province's code or RIJK") String actingFor,
                                String author, Instant at, String reason) {
}
