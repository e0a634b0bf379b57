package nl.permitholders.placement.couplingimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.placement.coupling.CancellationReason;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.coupling.ReceptionRegion;
import nl.permitholders.placement.coupling.SpecialNeed;
import nl.permitholders.placement.couplingimport.CoaRecordFile.Column;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.imports.TableHeader;
import nl.permitholders.platform.imports.TableRow;
import org.junit.jupiter.api.Test;

/** A line of COA's records as the file writes it: Dutch headers and values, read into a household or refused by column. */
class CoaRecordFileTest {

    private static final List<String> ALL = List.of("COA-referentie", "Gemeentecode", "Volwassenen", "Minderjarigen", "Huishouden",
            "Vergunningsdatum", "Koppeldatum", "Verwachte nareizigers", "Opvangregio", "Eigen regio", "Rolstoeltoegankelijk",
            "Datum huisvesting", "Personen gehuisvest", "Soort huisvesting", "Datum aankomst nareizigers",
            "Nareizigers aangekomen", "Datum annulering", "Reden annulering");

    private static TableHeader<Column> header(List<String> names) {
        return TableHeader.of(new TableRow(1, names), Column.class);
    }

    private static CoaRecordFile.Read read(String... cells) {
        return CoaRecordFile.read(header(ALL), new TableRow(5, List.of(cells)));
    }

    @Test
    void aLineInCoasWordsIsTheHouseholdWithWhatHangsFromIt() {
        CoaRecord record = read("COA-2024-000123", "0141", "2", "3", "Gezin", "13-01-2024", "2024-01-27", "1", "Oost", "ja", "nee",
                "4-3-2024", "4", "Tussenvoorziening", "01-05-2024", "1", "", "").record();

        assertThat(record.line()).isEqualTo(5);
        assertThat(record.coaReference()).isEqualTo("COA-2024-000123");
        assertThat(record.municipalityCode()).isEqualTo("GM0141");
        assertThat(record.details().adults()).isEqualTo(2);
        assertThat(record.details().householdType()).isEqualTo(HouseholdType.FAMILY);
        assertThat(record.details().permitDate()).isEqualTo(LocalDate.of(2024, 1, 13));
        assertThat(record.details().couplingDate()).isEqualTo(LocalDate.of(2024, 1, 27));
        assertThat(record.details().expectedReunificationPersons()).isEqualTo(1);
        assertThat(record.details().receptionRegion()).isEqualTo(ReceptionRegion.EAST);
        assertThat(record.details().ownRegion()).isTrue();
        assertThat(record.details().specialNeeds()).doesNotContain(SpecialNeed.WHEELCHAIR_ACCESSIBLE);
        assertThat(record.housing()).isEqualTo(new CoaRecord.Housing(LocalDate.of(2024, 3, 4), 4, UnitType.INTERMEDIATE));
        assertThat(record.arrival()).isEqualTo(new CoaRecord.Arrival(LocalDate.of(2024, 5, 1), 1));
        assertThat(record.cancellation()).isNull();
    }

    @Test
    void theApisNamesOfCodesAreReadTooAndOptionalColumnsMayBeLeftOut() {
        TableHeader<Column> required = header(List.of("koppeldatum", "  COA-referentie ", "GEMEENTECODE", "Volwassenen",
                "Minderjarigen", "Huishouden", "Vergunningsdatum", "Datum annulering", "Reden annulering", "Naam"));
        CoaRecord record = CoaRecordFile.read(required, new TableRow(2, List.of("2024-02-01", "R-1", "GM0153", "1", "0", "SINGLE",
                "2024-01-15", "2024-03-01", "herkoppeld", "Jan Jansen"))).record();

        assertThat(record.details().householdType()).isEqualTo(HouseholdType.SINGLE);
        assertThat(record.details().expectedReunificationPersons()).isZero();
        assertThat(record.details().ownRegion()).isNull();
        assertThat(record.housing()).isNull();
        assertThat(record.cancellation()).isEqualTo(new CoaRecord.Cancellation(LocalDate.of(2024, 3, 1), CancellationReason.RECOUPLED));
    }

    @Test
    void everyFieldThatCannotBeReadIsRefusedNamingItsLineAndColumn() {
        CoaRecordFile.Read read = read("COA 123", "Almelo", "31", "-1", "groot gezin", "30-02-2024", "27/01/2024", "", "Oost-Brabant",
                "misschien", "", "01-03-2024", "", "villa", "", "2", "01-04-2024", "");

        assertThat(read.record()).isNull();
        assertThat(read.refusals()).extracting(InvalidParam::name).containsExactly(
                "line 5: COA-referentie", "line 5: Gemeentecode", "line 5: Volwassenen", "line 5: Minderjarigen", "line 5: Huishouden",
                "line 5: Vergunningsdatum", "line 5: Koppeldatum", "line 5: Opvangregio", "line 5: Eigen regio",
                "line 5: Personen gehuisvest", "line 5: Soort huisvesting", "line 5: Datum aankomst nareizigers",
                "line 5: Reden annulering");
        assertThat(read.refusals().get(2).reason()).isEqualTo("'31' is not a whole number from 0 to 30");
        assertThat(read.refusals().get(6).reason()).contains("dd-mm-jjjj or jjjj-mm-dd");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedNamingItOnTheHeadersLine() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> header(List.of("COA-referentie", "Gemeentecode", "Gemeentecode", "Volwassenen", "Minderjarigen", "Huishouden")));

        assertThat(refused.invalidParams()).extracting(InvalidParam::name).containsExactly(
                "line 1: Gemeentecode", "line 1: Vergunningsdatum", "line 1: Koppeldatum");
    }
}
