package nl.permitholders.supervision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.permitholders.infrastructure.RealInfrastructureResource;

/** Every test of this service runs against a real PostgreSQL database "supervision" and a real Kafka broker. */
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "supervision"))
public class RealInfrastructureForTests {
}
