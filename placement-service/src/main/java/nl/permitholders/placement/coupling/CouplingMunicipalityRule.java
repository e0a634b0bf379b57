package nl.permitholders.placement.coupling;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.security.Succession;

/**
 * R3: COA couples a household to a municipality that exists on the coupling date. From the day a municipality merged
 * into another it takes no couplings (couple to the one that continues it), nor from the day it was split over others
 * (couple to one of its receivers). Both the single registration and the import of COA's records judge by it.
 */
public final class CouplingMunicipalityRule {

    private CouplingMunicipalityRule() {
    }

    /** 400 naming {@code municipalityCode} and its successor or receivers when it had ceased to exist by {@code couplingDate}. */
    public static void check(String municipalityCode, LocalDate couplingDate, Succession succession) {
        succession.ceasedBy(municipalityCode, couplingDate).ifPresent(merger -> {
            throw InvalidInputException.of("municipalityCode", municipalityCode + " merged into " + merger.continuing() + " on "
                    + merger.effectiveDate() + " and takes no couplings from then on: couple to "
                    + succession.responsibleOn(municipalityCode, couplingDate));
        });
        succession.splitBy(municipalityCode, couplingDate).ifPresent(split -> {
            throw InvalidInputException.of("municipalityCode", municipalityCode + " was split over " + listed(split.receivers())
                    + " on " + split.effectiveDate() + " and takes no couplings from then on: couple to one of them");
        });
    }

    /** "GM0757, GM0824 and GM0855". */
    static String listed(List<String> codes) {
        if (codes.size() == 1) {
            return codes.get(0);
        }
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
    }
}
