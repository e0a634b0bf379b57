package nl.permitholders.systemtests;

import java.net.http.HttpRequest;
import java.util.function.Consumer;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * The Java clients that OpenAPI Generator makes of the services' documents in the build (clients/generate), set up
 * for the running system as an integrator would: the service's address and the caller's bearer token.
 */
final class GeneratedClients {

    private final SystemStack stack;

    GeneratedClients(SystemStack stack) {
        this.stack = stack;
    }

    /** placement-service as COA, which registers couplings. */
    nl.permitholders.clients.placement.api.CouplingsApi couplingsAsCoa() {
        return new nl.permitholders.clients.placement.api.CouplingsApi(placement(stack.issuer().coa()));
    }

    /** placement-service as the municipality, which houses its own couplings. */
    nl.permitholders.clients.placement.api.PlacementsApi placementsAs(String municipality) {
        return new nl.permitholders.clients.placement.api.PlacementsApi(placement(stack.issuer().municipality(municipality)));
    }

    /** supervision-service as the Rijk, which reads every municipality's figures. */
    nl.permitholders.clients.supervision.api.FiguresApi figuresAsRijk() {
        var client = new nl.permitholders.clients.supervision.ApiClient();
        client.updateBaseUri(stack.url(Service.SUPERVISION));
        client.setRequestInterceptor(bearer(stack.issuer().rijk()));
        return new nl.permitholders.clients.supervision.api.FiguresApi(client);
    }

    private nl.permitholders.clients.placement.ApiClient placement(String token) {
        var client = new nl.permitholders.clients.placement.ApiClient();
        client.updateBaseUri(stack.url(Service.PLACEMENT));
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
