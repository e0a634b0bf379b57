package nl.permitholders.supervision.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A province defends what it knew: as known on a date, a figure counts the facts registered by then, whatever date they
 * happened on; today's view of the same date counts every fact known now that happened by then. A quota of 10 in
 * 2025-I, 20 coupled in January, 10 housed on 1 May but registered on 15 August.
 */
class AsKnownOnADateTest {

    private static final String TOWN = "GM0141";
    private static final Period H1 = Period.parse("2025-H1");

    private static OffsetDateTime registered(int month, int day) {
        return OffsetDateTime.of(2025, month, day, 10, 0, 0, 0, ZoneOffset.UTC);
    }

    private static BacklogLedger ledger() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, H1, 10, 1).at(registered(1, 2)));
        String coupling = UUID.randomUUID().toString();
        entries.add(Entries.coupled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 1, 15), 20, coupling, "FAMILY").at(registered(1, 15)));
        entries.add(Entries.housed(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 5, 1), 10, UUID.randomUUID().toString(), coupling, null,
                null).at(registered(8, 15)));
        return new BacklogLedger(TOWN, entries);
    }

    @Test
    void aPlacementRegisteredAfterADateWithAnEarlierHousingDateDoesNotCountAsKnownThen() {
        BacklogLedger ledger = ledger();
        LocalDate july = LocalDate.of(2025, 7, 10);

        assertThat(ledger.registeredBy(july).figures(H1, null).housed()).isZero();
        assertThat(ledger.figures(H1, july).housed()).as("today's view of 10 July").isEqualTo(10);
        assertThat(DeadlineJudge.judge(ledger.registeredBy(july), H1).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(DeadlineJudge.judge(ledger, H1).verdict()).isEqualTo(Verdict.MET);
        assertThat(ledger.registeredBy(LocalDate.of(2025, 8, 15)).figures(H1, null).housed()).as("registered that day").isEqualTo(10);
    }

    @Test
    void aMunicipalitySeenAsKnownThenKeepsItsLedgerTodayOrWithoutADate() {
        KnownMunicipality known = new KnownMunicipality(TOWN, null, ledger(), Optional.empty());
        LocalDate today = LocalDate.of(2025, 9, 1);

        assertThat(known.seenOn(LocalDate.of(2025, 7, 10), AsOfView.KNOWN_THEN, today).ledger().figures(H1, null).housed()).isZero();
        assertThat(known.seenOn(LocalDate.of(2025, 7, 10), AsOfView.KNOWN_TODAY, today)).isSameAs(known);
        assertThat(known.seenOn(null, AsOfView.KNOWN_THEN, today)).isSameAs(known);
        assertThat(known.seenOn(today, AsOfView.KNOWN_THEN, today)).isSameAs(known);
    }

    /**
     * History loaded later reads as it stood: COA's end position of 2,540 at 1 July 2019, recorded today with the day it
     * was decided (15 July 2019), counts as of 31 December 2019; its revision decided on 10 February 2020 does not yet.
     */
    @Test
    void anAdoptionRecordedLaterCountsFromTheDayItWasDecided() {
        Period h1 = Period.parse("2019-H1");
        OffsetDateTime today = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, h1, 6_000, 1));
        entries.add(LedgerEntry.anchored(UUID.randomUUID(), AdoptedFigure.END_POSITION.eventType(), TOWN, LocalDate.of(2019, 7, 1), 2_540,
                LocalDate.of(2019, 7, 1), "landelijke reeks", "rijk", today, null, Adopter.RIJK, LocalDate.of(2019, 7, 15)));
        entries.add(LedgerEntry.anchored(UUID.randomUUID(), AdoptedFigure.CARRIED_IN.eventType(), TOWN, LocalDate.of(2019, 7, 1), 2_537,
                LocalDate.of(2019, 10, 1), "landelijke reeks", "rijk", today, null, Adopter.RIJK, LocalDate.of(2020, 2, 10)));
        BacklogLedger ledger = new BacklogLedger(TOWN, entries);

        assertThat(ledger.knownOn(LocalDate.of(2019, 12, 31)).figures(h1.next(), null).carriedBacklog()).isEqualTo(2_540);
        assertThat(ledger.knownOn(LocalDate.of(2019, 7, 14)).figures(h1.next(), null).carriedBacklog()).isEqualTo(6_000);
        assertThat(ledger.knownOn(LocalDate.of(2020, 3, 1)).figures(h1.next(), null).carriedBacklog()).isEqualTo(2_537);
    }
}
