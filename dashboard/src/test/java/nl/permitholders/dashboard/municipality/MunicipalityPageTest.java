package nl.permitholders.dashboard.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.api.DeadlineVerdicts;
import nl.permitholders.dashboard.api.Forecast;
import nl.permitholders.dashboard.api.Ladder;
import nl.permitholders.dashboard.api.LedgerLine;
import nl.permitholders.dashboard.api.MergedMunicipality;
import nl.permitholders.dashboard.api.MunicipalityFigures;
import nl.permitholders.dashboard.api.QuotaStatus;
import nl.permitholders.dashboard.api.RegimeHistory;
import nl.permitholders.dashboard.api.SentLetter;
import nl.permitholders.dashboard.api.Stage;
import nl.permitholders.dashboard.api.WaitingCoupling;
import nl.permitholders.display.Table;
import nl.permitholders.display.Table.Cell;
import nl.permitholders.display.Table.Row;
import org.junit.jupiter.api.Test;

/**
 * A municipality's page as built from what supervision's API answers (JSON as it writes it, read as the dashboard reads
 * it: a field or a value it does not know yet is no failure). A Quarkus test only for the Dutch labels, which Qute's
 * message bundle gives; it starts no service.
 */
@QuarkusTest
class MunicipalityPageTest {

    private static final LocalDate COUPLED = LocalDate.of(2025, 3, 3);

    @Inject
    ObjectMapper json;

    @Inject
    Labels labels;

    private <T> T read(String file, TypeReference<T> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/almelo/" + file)) {
            return json.readValue(in, type);
        }
    }

    @Test
    void theFiguresSayWhatTheVerdictRestsOnTheCouplingDeficitAndAForecastOnAProvisionalQuota() throws IOException {
        MunicipalityFigures figures = read("figures-2025-H1.json", new TypeReference<>() { });
        Table table = MunicipalityPage.figures(figures, Optional.of(new Forecast("2025-H1", 1080, QuotaStatus.PROVISIONAL)));

        assertThat(table.title()).isEqualTo("Cijfers 1e halfjaar 2025");
        assertThat(table.rows()).map(MunicipalityPageTest::values).contains(
                List.of("Achterstand overgenomen uit het vorige halfjaar", 1100),
                List.of("Taakstelling (voorlopig)", 73),
                List.of("Nog te huisvesten", 1130),
                List.of("Geplande plaatsen voor statushouders", 12),
                List.of("Achterstand op de deadline volgens het COA (overgenomen, beoordeeld)", 1100),
                List.of("Achterstand op de deadline volgens eigen berekening", 1103),
                List.of("Verschil (COA min eigen berekening)", -3),
                List.of("Nog te huisvesten op de COA-peildatum", 20),
                List.of("Gekoppeld, niet gehuisvest op de COA-peildatum", 10),
                List.of("waarvan na 12 weken elders gekoppeld (telt als tekort van de gemeente)", 10),
                List.of("Koppelingstekort (verschoonbaar deel)", 10),
                List.of("Prognose achterstand einde halfjaar (huidig tempo, op voorlopige taakstelling)", 1080));
        assertThat(MunicipalityPage.verdictBasis(figures.verdict()))
                .isEqualTo("beoordeeld op de overgenomen eindstand van het COA: achterstand 1.100; eigen berekening 1.103, verschil -3");
        assertThat(MunicipalityPage.pipeline(figures).rows()).map(MunicipalityPageTest::values)
                .containsExactly(List.of("2e halfjaar 2025", 8), List.of("1e halfjaar 2026", 4));
    }

    /**
     * R3, splits: a receiver's page lists what COA has not yet divided of a split municipality's couplings, which no
     * municipality's figures count; a page without a split has no such table (nor sheet in the exports).
     */
    @Test
    void whatIsStillToBeDividedOfASplitThisMunicipalityReceivedStandsBesideItsFigures() throws IOException {
        MunicipalityFigures almelo = read("figures-2025-H1.json", new TypeReference<>() { });
        assertThat(MunicipalityPage.toBeDivided(almelo).rows()).isEmpty();

        // The part of getMunicipalityFigures' answer that names the split (ToBeDividedView), as supervision writes it.
        MunicipalityFigures receiver = json.readValue("""
                {"municipalityCode":"GM0141","municipalityName":"Almelo","period":"2025-H1","quota":73,
                 "toBeDivided":[{"municipalityCode":"GM1999","municipalityName":"Splitstad","couplings":1,"persons":5,
                   "overdueCouplings":0,"personsInTemporaryHousing":2,"plannedCapacityPlaces":3}]}""", MunicipalityFigures.class);
        Table toBeDivided = MunicipalityPage.toBeDivided(receiver);
        assertThat(toBeDivided.title()).isEqualTo("Te verdelen koppelingen na opsplitsing");
        assertThat(toBeDivided.rows()).singleElement().satisfies(row -> assertThat(row.cells()).extracting(Cell::text)
                .containsExactly("Splitstad (GM1999)", "1", "5", "0", "2", "3"));
    }

    @Test
    void theLedgerSaysWhyACouplingWasCancelledWhichOfCoasFiguresWasAdoptedAndWhatIsToReview() throws IOException {
        Table ledger = MunicipalityPage.ledger(read("ledger-2025-H1.json", new TypeReference<List<LedgerLine>>() { }));

        assertThat(ledger.rows()).map(row -> row.cells().get(0).text()).containsExactly(
                "taakstelling: voorlopig",
                "koppeling vervallen: elders gekoppeld",
                "koppeling vervallen: ingetrokken door het COA",
                "stand van het COA overgenomen door overijssel: eindstand TVS 2024-II — te herbeoordelen",
                "herziening van het COA overgenomen door overijssel: TVS nam 120 mee in 2025-I",
                // A kind of fact the dashboard does not know yet: named as the API names it, not a failed page.
                "something-new");
        assertThat(ledger.rows().get(3).cells().get(4).text()).isEqualTo("eerste cijfer van het COA, peildatum 1 januari 2025");
        assertThat(ledger.rows().get(4).cells().get(4).text()).isEqualTo("herziening van het COA, peildatum 1 februari 2025");
        assertThat(ledger.rows().get(0).cells().get(1).text()).isEqualTo("1e halfjaar 2025");
    }

    @Test
    void unhousedPersonsAreCountedByHouseholdTypeAndWeeksWaitedWithATotalsRow() {
        Table table = MunicipalityPage.waiting(List.of(waiting("a", "SINGLE", 1, 1, 2), waiting("b", "SINGLE", 1, 1, 13),
                waiting("c", "FAMILY", 5, 3, 5), waiting("d", "FAMILY", 2, 2, 12)));

        assertThat(table.headers()).containsExactly("Huishoudtype", "0 tot 4 weken", "4 tot 8 weken", "8 tot 12 weken",
                "12 weken of langer (over termijn)", "Totaal");
        assertThat(table.rows()).map(MunicipalityPageTest::values).containsExactly(
                List.of("Alleenstaande", 1, 0, 0, 1, 2),
                List.of("Gezin (meerpersoonshuishouden)", 0, 3, 0, 2, 5));
        assertThat(values(table.totals())).containsExactly("Totaal", 1, 3, 0, 3, 7);
    }

    @Test
    void couplingsProjectedBeforeTheTypeWasKeptGetTheirOwnRow() {
        Table table = MunicipalityPage.waiting(List.of(waiting("a", null, 4, 4, 1), waiting("b", "SINGLE", 1, 1, 1)));

        assertThat(table.rows()).map(MunicipalityPageTest::values).containsExactly(
                List.of("Alleenstaande", 1, 0, 0, 0, 1),
                List.of("Gezin (meerpersoonshuishouden)", 0, 0, 0, 0, 0),
                List.of("Huishoudtype onbekend", 4, 0, 0, 0, 4));
    }

    @Test
    void theClockPutsTheCouplingRunningOutFirstOnTopAndSaysOverdueInWords() {
        LocalDate today = LocalDate.of(2025, 6, 10);
        List<WaitingCoupling> waiting = List.of(
                new WaitingCoupling("22222222-aaaa", "FAMILY", today.minusWeeks(2), 4, 4, 2, today.plusWeeks(10)),
                new WaitingCoupling("11111111-bbbb", "SINGLE", today.minusWeeks(13), 1, 1, 13, today.minusWeeks(1)),
                new WaitingCoupling("33333333-cccc", "SINGLE", today.minusWeeks(9), 1, 1, 9, today.plusWeeks(3)));

        Table clock = MunicipalityPage.clock(waiting, today);

        assertThat(clock.rows()).map(Row::key).containsExactly("11111111-bbbb", "33333333-cccc", "22222222-aaaa");
        assertThat(clock.rows().get(0).cells()).extracting(Cell::text).containsExactly("11111111", "Alleenstaande", "1", "1",
                "11 maart 2025", "3 juni 2025", "0", "over termijn");
        assertThat(clock.rows().get(1).cells().get(7).text()).isEqualTo("loopt binnen 4 weken af");
        assertThat(clock.rows().get(2).cells().get(7).text()).isEqualTo("binnen termijn");
        assertThat(MunicipalityPage.waitingChoices(waiting)).first().extracting(Choice::label)
                .isEqualTo("11111111: alleenstaande, 1 personen, gekoppeld 11 maart 2025, nog 1 te huisvesten");
    }

    @Test
    void theLettersSentListACorrectionBesideTheLetterItReplacesAndMarkTheLatestToReview() throws IOException {
        Table letters = MunicipalityPage.letters("GM0141", read("sent-letters.json", new TypeReference<List<SentLetter>>() { }));

        assertThat(letters.rows()).extracting(row -> row.cells().get(0).text()).containsExactly(
                "Verbeterde oordeelsbrief over de peildatum 1 juli 2025 (PDF) — te herbeoordelen: het oordeel of de stand is "
                        + "sindsdien gewijzigd",
                "Oordeelsbrief over de peildatum 1 juli 2025 (PDF) — vervangen door de verbeterde brief van 2 september 2025",
                "Oordeelsbrief over de peildatum 1 januari 2025 (PDF)");
        assertThat(letters.rows()).extracting(Row::link).containsExactly(
                "/dashboard/gemeenten/GM0141/verzonden-brieven/2025-07-01",
                "/dashboard/gemeenten/GM0141/verzonden-brieven/2025-07-01?brief=1",
                "/dashboard/gemeenten/GM0141/verzonden-brieven/2025-01-01");
        assertThat(letters.rows().get(1).cells()).extracting(Cell::text).endsWith("15 juli 2025", "overijssel");
    }

    @Test
    void theVerdictsLadderRegimeAndMergedMunicipalitiesAsTheProvinceDecidedThem() throws IOException {
        List<DeadlineVerdicts> verdicts = read("province-verdicts.json", new TypeReference<>() { });
        assertThat(MunicipalityPage.provinceVerdicts(verdicts).rows().get(1).cells()).extracting(Cell::text).containsExactly(
                "1 januari 2025", "niet gehaald, verschoonbaar (te weinig gekoppeld)", "niet gehaald", "geen inhaalplan",
                "20 januari 2025", "overijssel", "te herbeoordelen");
        assertThat(MunicipalityPage.verdictDeadlines(verdicts)).extracting(Choice::value).containsExactly("2025-01-01", "2024-07-01");

        Ladder ladder = read("ladder.json", new TypeReference<>() { });
        assertThat(MunicipalityPage.decisions(ladder).rows().get(0).cells()).extracting(Cell::text)
                .containsExactly("3 februari 2025", "ambtelijk gesprek (te herbeoordelen)", "achterstand groeit", "overijssel");

        MunicipalityPage.RegimePanel regime = MunicipalityPage.regime(read("regime.json", new TypeReference<RegimeHistory>() { }));
        assertThat(List.of(regime.current(), regime.since(), regime.reason(), regime.decidedBy()))
                .containsExactly("hoog (rood)", "10 februari 2025", "achterstand 190", "overijssel");
        assertThat(regime.decisions().rows()).hasSize(2);

        Table merged = MunicipalityPage.merged(read("merged.json", new TypeReference<List<MergedMunicipality>>() { }));
        assertThat(merged.rows().get(0).link()).isEqualTo("/dashboard/gemeenten/GM0457?periode=2021-H2");
        assertThat(merged.rows().get(0).cells()).extracting(Cell::text).containsExactly("Weesp (GM0457)", "1e halfjaar 2022",
                "signaal sinds 1 maart 2021", "midden (oranje) sinds 1 april 2021", "2");
    }

    /** The advice's dates and numbers through the display library's {dutch:...} extensions, which the bundle uses. */
    @Test
    void theAdviceSaysInDutchWhereTheChainBeganAndFromWhenTheProvincesCorrectingRulesHold() {
        Ladder.Advice advice = new Ladder.Advice(Stage.OFFICIAL_TALK, Ladder.ReasonCode.NOT_MET_AT_LAST_TWO, 2, LocalDate.of(2024, 1, 1),
                1234, Ladder.RuleKind.MISSED_IN_A_ROW, 2, LocalDate.of(2025, 1, 1), new Ladder.RulesCorrection(
                        "de drempel was verkeerd ingevoerd", "overijssel", Instant.parse("2025-03-04T09:00:00Z"), LocalDate.of(2025, 3, 4)));

        assertThat(labels.adviceReason(advice)).isEqualTo("niet gehaald op de laatste twee peildata op rij; meegeteld is de "
                + "peildatum waarop de reeks begon, 1 januari 2024, met een achterstand (beginstand) van 1.234");
        assertThat(labels.adviceRule(advice)).isEqualTo("vanaf 2 gemiste peildata op rij: ambtelijk gesprek (regels van de "
                + "provincie vanaf 1 januari 2025); deze regels corrigeren met terugwerkende kracht eerdere regels, vastgelegd op "
                + "4 maart 2025 door overijssel: de drempel was verkeerd ingevoerd");
    }

    private static WaitingCoupling waiting(String id, String type, int persons, int unhoused, long weeks) {
        return new WaitingCoupling(id, type, COUPLED, persons, unhoused, weeks, COUPLED.plusWeeks(12));
    }

    private static List<Object> values(Row row) {
        return row.cells().stream().map(Cell::value).toList();
    }
}
