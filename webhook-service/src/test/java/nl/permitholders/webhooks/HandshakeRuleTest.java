package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Abuse protection (CloudEvents webhook specification, section 4): a receiver allows deliveries, or gets none. */
class HandshakeRuleTest {

    private static final String ORIGIN = "permitholders.example.org";

    @Test
    void aReceiverAllowsDeliveriesAnswering2xxWithItsOriginOrAStar() {
        assertThat(HandshakeRule.refusal(ORIGIN, 200, ORIGIN)).isEmpty();
        assertThat(HandshakeRule.refusal(ORIGIN, 204, ORIGIN)).isEmpty();
        assertThat(HandshakeRule.refusal(ORIGIN, 200, "PermitHolders.Example.org")).as("a host name, in any case").isEmpty();
        assertThat(HandshakeRule.refusal(ORIGIN, 200, "*")).isEmpty();
    }

    @Test
    void withoutTheHeaderNothingIsAllowed() {
        assertThat(HandshakeRule.refusal(ORIGIN, 200, null)).get().asString().contains("without WebHook-Allowed-Origin");
        assertThat(HandshakeRule.refusal(ORIGIN, 200, " ")).isPresent();
    }

    @Test
    void anotherOriginIsNotAllowed() {
        assertThat(HandshakeRule.refusal(ORIGIN, 200, "eventgrid.azure.net")).get().asString()
                .contains("WebHook-Allowed-Origin: eventgrid.azure.net, not this sender's origin permitholders.example.org");
    }

    @Test
    void aStatusOtherThan2xxIsNotAllowedEvenWithTheHeader() {
        assertThat(HandshakeRule.refusal(ORIGIN, 404, null)).get().asString().startsWith("OPTIONS answered 404 without");
        assertThat(HandshakeRule.refusal(ORIGIN, 307, "*")).as("redirects are not followed").isPresent();
        assertThat(HandshakeRule.refusal(ORIGIN, 503, ORIGIN)).isPresent();
    }

    @Test
    void noAnswerA429OrA5xxIsNoRefusalButAskedAgainLater() {
        assertThat(HandshakeRule.unanswered(null)).as("down or too slow").isTrue();
        assertThat(HandshakeRule.unanswered(503)).isTrue();
        assertThat(HandshakeRule.unanswered(429)).as("asks to be asked later").isTrue();
        assertThat(HandshakeRule.unanswered(200)).isFalse();
        assertThat(HandshakeRule.unanswered(404)).as("answered: not here").isFalse();
    }
}
