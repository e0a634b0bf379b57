package nl.permitholders.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.LocalKeycloak;
import nl.permitholders.infrastructure.SystemStack;

/**
 * deploy/local/token: prints a bearer token for a role and its tenant, e.g. {@code --role municipality --municipality
 * GM0141}, signed with the local stack's key in the name of its Keycloak realm (which signs with that key), the issuer
 * the services trust. Valid eight hours, until the stack's data is reset.
 */
public final class PrintToken {

    private static final Map<String, String> TENANT_OF_ROLE = Map.of(
            "municipality", "municipality", "province", "province", "province-administrator", "province", "corporation", "corporation");
    private static final List<String> ROLES = List.of("rijk", "coa", "municipality", "corporation", "province", "province-administrator",
            "operator");

    private PrintToken() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            usage("every option needs a value");
        }
        String role = options.remove("role");
        if (role == null || !ROLES.contains(role)) {
            usage("--role must be one of " + String.join(", ", ROLES));
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        String tenantClaim = TENANT_OF_ROLE.get(role);
        if (tenantClaim != null) {
            String tenant = options.remove(tenantClaim);
            if (tenant == null) {
                usage("a " + role + " token needs --" + tenantClaim + " (e.g. " + example(tenantClaim) + ")");
            }
            claims.put(tenantClaim, tenant);
        }
        if (!options.isEmpty()) {
            usage("unknown option(s) " + options.keySet());
        }
        DevelopmentIssuer issuer = DevelopmentIssuer.keptIn(
                SystemStack.issuerDirectory(LocalStack.dataDirectory(SystemStack.findProjectRoot())))
                .inTheNameOf(LocalKeycloak.issuer(LocalStack.KEYCLOAK_PORT));
        String subject = claims.isEmpty() ? role + "-user" : role + "-" + claims.get(tenantClaim);
        System.out.println(issuer.token(subject, role, claims));
    }

    private static String example(String claim) {
        return switch (claim) {
            case "municipality" -> "GM0141";
            case "province" -> "PV23";
            default -> "beter-wonen";
        };
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("""
                usage: deploy/local/token --role rijk|coa|operator
                       deploy/local/token --role municipality --municipality GM0141
                       deploy/local/token --role province --province PV23
                       deploy/local/token --role province-administrator --province PV23
                       deploy/local/token --role corporation --corporation beter-wonen""");
        System.exit(2);
    }
}
