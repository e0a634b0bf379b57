package nl.permitholders.supervision.exchange;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step in an exchange agreement's history: what was done, for whom ({@code actingFor}: the party's municipality
 * code, or the registrar: a province code or {@link Registrar#RIJK}), by whom (the token's name) and when; a decline
 * or a refusal gives its reason.
 */
public record AgreementStep(Kind kind, String actingFor, String author, Instant at, String reason) {

    @Schema(name = "AgreementStepKind")
    public enum Kind {
        PROPOSED, CONFIRMED, DECLINED, WITHDRAWN, REGISTERED, REFUSED
    }
}
