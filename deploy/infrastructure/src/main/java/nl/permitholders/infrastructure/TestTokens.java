package nl.permitholders.infrastructure;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tokens for a service's {@code @QuarkusTest}s, signed by the issuer {@link RealInfrastructureResource} made the
 * service trust. Real tokens through the real verification: the tests exercise the same checks as production.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static DevelopmentIssuer issuer() {
        return DevelopmentIssuer.fromPrivateKey(ConfigProvider.getConfig()
                .getValue(DevelopmentIssuer.PRIVATE_KEY_PROPERTY, String.class));
    }

    /** A RestAssured request specification that sends {@code token} as the bearer token. */
    public static RequestSpecification bearer(String token) {
        return new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
    }
}
