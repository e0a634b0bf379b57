package nl.permitholders.dashboard;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The start page: province staff go to their province's overview, a municipal officer to their municipality, the Rijk to the country. */
@Path("/dashboard")
@Authenticated
public class StartPageResource {

    @Inject
    Viewer viewer;

    @GET
    public Response start() {
        Optional<String> province = viewer.ownProvince();
        if (province.isPresent()) {
            return Pages.seeOther("/dashboard/provincies/" + province.get());
        }
        Optional<String> municipality = viewer.ownMunicipality();
        if (municipality.isPresent()) {
            return Pages.seeOther("/dashboard/gemeenten/" + municipality.get());
        }
        if (!viewer.rijk()) {
            // Someone whose account names no province or municipality sees none (fail closed).
            throw new ForbiddenException("Your account names no province or municipality.");
        }
        return Pages.seeOther("/dashboard/nederland");
    }
}
