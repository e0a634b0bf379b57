package nl.permitholders.supervision.round;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.permitholders.supervision.reference.Province;

/** What the province's list of letters reads besides the figures and the letters' states. */
@ApplicationScoped
public class ProvinceLettersQueries {

    /** The province as the register knows it; null when it does not. */
    public Uni<Province> province(String code) {
        return Province.findById(code);
    }
}
