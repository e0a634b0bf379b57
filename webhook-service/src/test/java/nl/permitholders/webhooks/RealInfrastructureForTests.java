package nl.permitholders.webhooks;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.permitholders.infrastructure.RealInfrastructureResource;

/** Every test of this service runs against a real PostgreSQL database "webhooks" and a real Kafka broker. */
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "webhooks"))
public class RealInfrastructureForTests {
}
