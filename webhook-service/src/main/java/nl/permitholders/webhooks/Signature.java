package nl.permitholders.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A delivery's signature as the Standard Webhooks specification writes it: {@code webhook-signature: v1,<base64 of
 * HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>}, the key being the base64 part of the subscription's
 * secret {@code whsec_<base64>}. The receiver computes the same and compares (docs/webhooks.md).
 */
public final class Signature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {
    }

    /** A new secret of 32 random bytes, shown to the subscriber once. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value for this id, timestamp (seconds since the epoch) and body. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /**
     * The header's value signed with each of {@code secrets}, space-separated as the specification allows, so a receiver
     * holding either the new or the previous secret during a rotation verifies it.
     */
    public static String signAll(java.util.List<String> secrets, String id, long timestamp, byte[] body) {
        return String.join(" ", secrets.stream().map(secret -> sign(secret, id, timestamp, body)).toList());
    }

    /** Whether one of the space-separated signatures in {@code header} is this body's, compared in constant time. */
    public static boolean verify(String secret, String id, long timestamp, byte[] body, String header) {
        byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : header.split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret);
    }
}
