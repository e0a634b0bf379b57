package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signature is the Standard Webhooks specification's: the receiver's libraries verify it. */
class SignatureTest {

    /** The example of the specification and its reference libraries (standard-webhooks, webhook_test). */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsAsTheSpecificationsExample() {
        assertThat(Signature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aReceiverAcceptsTheSignatureAmongOthersAndRefusesAChangedBodyIdOrTimestamp() {
        String header = "v1,bm9wZQ== " + Signature.sign(SECRET, ID, TIMESTAMP, BODY);
        assertThat(Signature.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
        assertThat(Signature.verify(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
        assertThat(Signature.verify(SECRET, "msg_other", TIMESTAMP, BODY, header)).isFalse();
        assertThat(Signature.verify(SECRET, ID, TIMESTAMP + 1, BODY, header)).isFalse();
        assertThat(Signature.verify(Signature.newSecret(), ID, TIMESTAMP, BODY, header)).isFalse();
    }

    @Test
    void eachSecretIsNewAndCarriesThirtyTwoRandomBytes() {
        String secret = Signature.newSecret();
        assertThat(secret).startsWith("whsec_").isNotEqualTo(Signature.newSecret());
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    }
}
