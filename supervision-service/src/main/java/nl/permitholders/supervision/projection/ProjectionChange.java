package nl.permitholders.supervision.projection;

import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.LedgerEntry;

/** What one consumed event changes in the projection, decided from the event alone (see {@link EventDecoder}). */
public sealed interface ProjectionChange {

    /** A province as quota-service now describes it. */
    record ProvinceStated(String code, String name) implements ProjectionChange {
    }

    /** A municipality as quota-service now describes it. */
    record MunicipalityStated(String code, String name, String provinceCode) implements ProjectionChange {
    }

    /** A fact in a municipality's ledger. */
    record Fact(LedgerEntry entry) implements ProjectionChange {
    }

    /** Municipalities merged into a new one from a half-year on (R3). */
    record Merged(String newCode, List<String> mergedCodes, Period effective) implements ProjectionChange {
    }
}
