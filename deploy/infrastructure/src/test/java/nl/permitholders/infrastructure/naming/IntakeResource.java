package nl.permitholders.infrastructure.naming;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;

/** Calls an application service that is not named as one. */
public class IntakeResource {

    @Inject
    BedIntake intake;

    @POST
    @Path("/intake")
    public int record(List<String> items) {
        return intake.record(items);
    }
}
