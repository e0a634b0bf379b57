package nl.permitholders.infrastructure;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token issuer of the local stack and the tests: an RSA key pair whose public half the services trust (the
 * same {@code mp.jwt.verify.*} properties that point at a real OIDC provider in production), and RS256 tokens with
 * the roles and tenant claims of docs/security.md. In the tests its tokens are its own ({@link #ISSUER}); where a
 * Keycloak signs people in (the local stack), that realm signs with this key and these tokens are the realm's
 * ({@link #inTheNameOf}), so that the services trust one issuer. Never for production: whoever holds the private key
 * is anyone.
 */
public final class DevelopmentIssuer {

    public static final String ISSUER = "urn:nld:permitholders:development-issuer";
    /** The audience of every token the services accept, as the Keycloak realm's clients put it in theirs. */
    public static final String AUDIENCE = "permit-holder-housing";
    /** Where tests find the private key: handed over as configuration by {@link RealInfrastructureResource}. */
    public static final String PRIVATE_KEY_PROPERTY = "permitholders.development-issuer.private-key";
    /** The public key in PEM, beside the private key of {@link #keptIn}. */
    public static final String PUBLIC_KEY_FILE = "public-key.pem";
    /** How long {@link #token(String, String, Map)} hands out the same token: well within its eight hours. */
    private static final Duration REUSE = Duration.ofHours(1);
    private static final Map<Caller, SignedToken> SIGNED_TOKENS = new ConcurrentHashMap<>();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String name;

    private DevelopmentIssuer(PrivateKey privateKey, PublicKey publicKey, String name) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.name = name;
    }

    private DevelopmentIssuer(PrivateKey privateKey, PublicKey publicKey) {
        this(privateKey, publicKey, ISSUER);
    }

    /** The same key signing as {@code issuer}: an OIDC realm that signs with it (LocalKeycloak). */
    public DevelopmentIssuer inTheNameOf(String issuer) {
        return new DevelopmentIssuer(privateKey, publicKey, issuer);
    }

    /** The {@code iss} of its tokens, which the services must be configured to trust. */
    public String name() {
        return name;
    }

    public static DevelopmentIssuer generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new DevelopmentIssuer(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer whose PKCS#8 private key (base64) is given; its public key is derived from it. */
    public static DevelopmentIssuer fromPrivateKey(String pkcs8Base64) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pkcs8Base64)));
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new DevelopmentIssuer(key, publicKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("not an RSA private key in PKCS#8", e);
        }
    }

    /**
     * The issuer kept in {@code directory} (private key in issuer-key.pk8.b64), created there the first time. Its
     * public key is written beside it as {@value #PUBLIC_KEY_FILE}, where a service in dev mode reads it
     * ({@code %dev.mp.jwt.verify.publickey.location}).
     */
    public static DevelopmentIssuer keptIn(Path directory) {
        Path file = directory.resolve("issuer-key.pk8.b64");
        try {
            DevelopmentIssuer issuer;
            if (Files.exists(file)) {
                issuer = fromPrivateKey(Files.readString(file, StandardCharsets.US_ASCII).trim());
            } else {
                issuer = generate();
                Files.createDirectories(directory);
                Files.writeString(file, issuer.privateKeyBase64(), StandardCharsets.US_ASCII);
            }
            Files.writeString(directory.resolve(PUBLIC_KEY_FILE), issuer.publicKeyPem() + "\n", StandardCharsets.US_ASCII);
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----";
    }

    /** What a service needs to trust this issuer's tokens. */
    public Map<String, String> serviceConfig() {
        return Map.of(
                "mp.jwt.verify.publickey", publicKeyPem(),
                "mp.jwt.verify.issuer", name,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    public String rijk() {
        return token("rijk-user", "rijk", Map.of());
    }

    public String coa() {
        return token("coa-planner", "coa", Map.of());
    }

    public String municipality(String municipalityCode) {
        return token("officer-" + municipalityCode, "municipality", Map.of("municipality", municipalityCode));
    }

    public String province(String provinceCode) {
        return token("supervisor-" + provinceCode, "province", Map.of("province", provinceCode));
    }

    public String corporation(String corporationId) {
        return token("integrator-" + corporationId, "corporation", Map.of("corporation", corporationId));
    }

    /**
     * A token valid for eight hours for {@code subject} in {@code role}, with the given tenant claims. The same caller
     * gets the same token for an hour: an RS256 signature costs a test more than the request it authorises, and the tests
     * ask for thousands.
     */
    public String token(String subject, String role, Map<String, Object> tenantClaims) {
        Instant now = Instant.now();
        return SIGNED_TOKENS.compute(new Caller(name, publicKey, subject, role, Map.copyOf(tenantClaims)), (caller, kept) ->
                kept != null && kept.signedAt().isAfter(now.minus(REUSE)) ? kept
                        : new SignedToken(token(subject, List.of(role), tenantClaims, now, Duration.ofHours(8)), now)).token();
    }

    /** A caller of one issuer: tests make a new {@code DevelopmentIssuer} of the same key for each token they ask. */
    private record Caller(String issuer, PublicKey key, String subject, String role, Map<String, Object> tenantClaims) {
    }

    private record SignedToken(String token, Instant signedAt) {
    }

    public String token(String subject, List<String> roles, Map<String, Object> tenantClaims, Instant issuedAt,
                        Duration validity) {
        JwtClaimsBuilder claims = Jwt.issuer(name).audience(AUDIENCE).subject(subject).upn(subject)
                .groups(new HashSet<>(roles)).issuedAt(issuedAt).expiresAt(issuedAt.plus(validity))
                .claim("jti", UUID.randomUUID().toString());
        tenantClaims.forEach(claims::claim);
        return signed(claims);
    }

    /** Signs any claims, also ones a real issuer never would: for tests of tokens that must be refused. */
    public String sign(Map<String, Object> claims) {
        return signed(Jwt.claims(claims));
    }

    private String signed(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(privateKey);
    }
}
