package nl.permitholders.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/** How callback host names are resolved: the system's resolver (a test puts its own in its place). */
@ApplicationScoped
public class CallbackResolver implements CallbackAddressRule.Resolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return Arrays.asList(InetAddress.getAllByName(host));
    }
}
