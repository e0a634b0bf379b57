package nl.permitholders.supervision.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.reference.Merger;
import nl.permitholders.supervision.reference.Municipality;
import org.junit.jupiter.api.Test;

/**
 * R3: from the half-year its split takes effect in, a split municipality (Haaren, GM0788, over Boxtel, Oisterwijk, Tilburg
 * and Vught on 1 January 2021) has no figures of its own, as a merged one has none after its merger: its figures of that
 * half-year show no COA figure adopted into it and no exchange that no longer holds, though its own ledger has both.
 */
class FiguresViewTest {

    private static final String HAAREN = "GM0788";
    private static final Period H1_2021 = Period.parse("2021-H1");
    private static final LocalDate SPLIT = LocalDate.of(2021, 1, 1);
    private static final OffsetDateTime DECIDED = OffsetDateTime.of(2021, 1, 20, 10, 0, 0, 0, ZoneOffset.UTC);

    /** COA's end position of 2020 adopted into 2021-H1, and an agreement handing over 12 of a quota of 5 there. */
    private static BacklogLedger haarensOwnLedger() {
        return new BacklogLedger(HAAREN, List.of(
                Entries.quota(UUID.randomUUID(), "quota-set", HAAREN, H1_2021, 5, 1, QuotaStatus.FINAL, null),
                LedgerEntry.anchored(UUID.randomUUID(), HAAREN, SPLIT, 0, "COA's stand", "provincie", DECIDED),
                LedgerEntry.agreed(EntryKind.EXCHANGE, UUID.randomUUID(), HAAREN, H1_2021, -12, "afspraak", "provincie", DECIDED)));
    }

    private static Municipality haaren() {
        return new Municipality(HAAREN, "Haaren", "PV30");
    }

    @Test
    void aSplitMunicipalityShowsNoCoaFigureAndNoBrokenExchangeOfItsSplitsHalfYear() {
        KnownMunicipality split = new KnownMunicipality(HAAREN, haaren(), haarensOwnLedger(), Optional.empty(), Optional.of(SPLIT));

        FiguresView figures = FiguresView.of(split, H1_2021, null, LocalDate.of(2021, 3, 1));

        assertThat(figures.coaAdopted()).isNull();
        assertThat(figures.exchangesNoLongerHold()).isNull();
        assertThat(figures.toBeDivided()).isNull();
        assertThat(figures.verdict()).isNull();
        assertThat(figures.adjustedQuota()).isZero();
    }

    @Test
    void theSameLedgerUnsplitShowsBoth() {
        KnownMunicipality whole = new KnownMunicipality(HAAREN, haaren(), haarensOwnLedger(), Optional.empty(), Optional.empty());

        FiguresView figures = FiguresView.of(whole, H1_2021, null, LocalDate.of(2021, 3, 1));

        assertThat(figures.coaAdopted()).hasSize(1);
        assertThat(figures.exchangesNoLongerHold()).isNotNull();
        assertThat(figures.adjustedQuota()).isEqualTo(5 - 12);
    }

    @Test
    void aMergedMunicipalityIsTreatedTheSame() {
        Merger intoTilburg = new Merger(HAAREN, "GM0855", H1_2021.toString(), SPLIT);
        KnownMunicipality merged = new KnownMunicipality(HAAREN, haaren(), haarensOwnLedger(), Optional.of(intoTilburg));

        FiguresView figures = FiguresView.of(merged, H1_2021, null, LocalDate.of(2021, 3, 1));

        assertThat(figures.coaAdopted()).isNull();
        assertThat(figures.exchangesNoLongerHold()).isNull();
        assertThat(figures.mergedInto()).isEqualTo("GM0855");
    }
}
