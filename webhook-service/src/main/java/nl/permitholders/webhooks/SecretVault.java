package nl.permitholders.webhooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the subscriptions' signing secrets encrypted at rest: AES-256-GCM with the key of the service's configuration
 * ({@code webhooks.secret-key}), each secret with a random 96-bit nonce and the subscription's id as associated data,
 * so a sealed secret copied onto another subscription does not open. A sealed secret reads
 * {@code aes-gcm:<key id>:<base64 of nonce and ciphertext>}, the key id being the first 8 hex digits of the key's
 * SHA-256, so a secret sealed under an earlier key ({@code webhooks.previous-secret-keys}) still opens while the
 * operator rotates the key, and is sealed anew under the current one at the next start ({@link SecretKeyStore}). A value
 * without the prefix is a secret stored before encryption existed: it opens as itself and is sealed at the next start.
 */
public final class SecretVault {

    static final String PREFIX = "aes-gcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /**
     * @param currentKey   the base64 of a 32-byte key: seals and opens
     * @param previousKeys earlier keys, base64: open only
     */
    public SecretVault(String currentKey, List<String> previousKeys) {
        currentId = add(currentKey, "webhooks.secret-key");
        for (String previous : previousKeys) {
            add(previous, "webhooks.previous-secret-keys");
        }
    }

    private String add(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " must be the base64 of a 32-byte key");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException(property + " must be the base64 of a 32-byte key (AES-256), not " + key.length + " bytes");
        }
        String id = idOf(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** The secret sealed under the current key, bound to {@code subscription}. */
    public String seal(String secret, String subscription) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subscription.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret {@code stored} holds; fails when it was sealed under a key this vault does not have, or altered. */
    public String open(String stored, String subscription) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored; // stored before encryption existed; sealed at the next start
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        SecretKeySpec key = parts.length == 2 ? keys.get(parts[0]) : null;
        if (key == null) {
            throw new IllegalStateException("a webhook secret is sealed under key " + parts[0] + ", which neither "
                    + "webhooks.secret-key nor webhooks.previous-secret-keys holds");
        }
        try {
            byte[] both = Base64.getDecoder().decode(parts[1]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, both, 0, NONCE_BYTES));
            cipher.updateAAD(subscription.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(both, NONCE_BYTES, both.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a webhook secret does not open: altered, or sealed for another subscription", e);
        }
    }

    /** Whether {@code stored} should be sealed anew: in the clear, or under an earlier key. */
    public boolean stale(String stored) {
        return stored != null && !stored.startsWith(PREFIX + currentId + ":");
    }

    private static String idOf(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
