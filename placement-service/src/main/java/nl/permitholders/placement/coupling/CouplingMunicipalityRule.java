package nl.permitholders.placement.coupling;

import java.time.LocalDate;
import java.util.Optional;
import nl.permitholders.platform.security.Succession;

/**
 * R3: COA couples nobody to a municipality from the day it has ceased to exist. A municipality merged into another takes
 * no coupling dated on or after its merger: the continuing municipality is to be coupled to. A municipality split over
 * others (CBS's opsplitsing: Haaren over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021) takes none dated on or
 * after its split: one of its receivers is. A coupling dated before either, registered late, is the ceased
 * municipality's (the continuing municipality or, once COA divides it, a receiver answers for it). Every way a coupling
 * is registered (one at a time, or in bulk) asks this rule with the mergers and splits its transaction reads
 * ({@link RecordedSuccession}).
 */
public final class CouplingMunicipalityRule {

    private CouplingMunicipalityRule() {
    }

    /** Why {@code municipalityCode} takes no coupling dated {@code couplingDate}, naming whom to couple to; empty when it takes one. */
    public static Optional<String> refusal(Succession succession, String municipalityCode, LocalDate couplingDate) {
        Optional<Succession.Split> split = succession.splitBy(municipalityCode, couplingDate);
        if (split.isPresent()) {
            return Optional.of(municipalityCode + " was split over " + String.join(", ", split.get().receivers()) + " on "
                    + split.get().effectiveDate() + " and takes no couplings from then on: couple to the receiver that houses the "
                    + "household");
        }
        return succession.ceasedBy(municipalityCode, couplingDate).map(merger -> municipalityCode + " merged into "
                + merger.continuing() + " on " + merger.effectiveDate() + " and takes no couplings from then on: couple to "
                + succession.responsibleOn(municipalityCode, couplingDate));
    }
}
