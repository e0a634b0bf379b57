package nl.permitholders.housingstock.vera;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.vera.Toewijzing.ExtraAttribuut;
import nl.permitholders.housingstock.vera.Toewijzing.Referentiedata;
import nl.permitholders.housingstock.vera.VeraToewijzingMapping.Location;
import nl.permitholders.housingstock.vera.VeraToewijzingMapping.Mapping;
import nl.permitholders.housingstock.vera.VeraToewijzingMapping.RegisteredUnit;
import nl.permitholders.platform.api.InvalidParam;
import org.junit.jupiter.api.Test;

class VeraToewijzingMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 27);
    private static final String EENHEID = "https://vastgoed.beterwonen.example/v4/eenheden/ALM-0001";
    private final VeraToewijzingMapping mapping = new VeraToewijzingMapping(VeraReferenceData.load());

    private static Toewijzing toewijzing(String datum, String eenheid, Integer huishoudgrootte, String doelgroep) {
        return new Toewijzing("TW-2025-001", "beter-wonen", datum, eenheid, huishoudgrootte,
                doelgroep == null ? null : new Referentiedata(doelgroep, null), null);
    }

    private ToewijzingFacts facts(Toewijzing toewijzing) {
        Mapping result = mapping.map(toewijzing, null, TODAY);
        assertThat(result.refusals()).isEmpty();
        return result.facts();
    }

    private List<String> refusals(Toewijzing toewijzing, String sender) {
        return mapping.map(toewijzing, sender, TODAY).refusals().stream().map(p -> p.name() + " " + p.reason()).toList();
    }

    @Test
    void statushoudersAsAdditionalTargetGroupMarkAnAllocationToPermitHolders() {
        ToewijzingFacts facts = facts(toewijzing("2025-03-01T10:00:00Z", EENHEID, 4, "STH"));
        assertThat(facts.permitHolders()).isTrue();
        assertThat(facts.additionalTargetGroup()).isEqualTo("STH");
        assertThat(facts.organisation()).isEqualTo("beter-wonen");
        assertThat(facts.idExtern()).isEqualTo("TW-2025-001");
        assertThat(facts.unitExternalId()).isEqualTo("ALM-0001");
        assertThat(facts.allocatedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(facts.persons()).isEqualTo(4);
    }

    @Test
    void anyOtherOrNoTargetGroupIsNotAnAllocationToPermitHolders() {
        assertThat(facts(toewijzing("2025-03-01", EENHEID, 1, "GGZ")).permitHolders()).isFalse();
        assertThat(facts(toewijzing("2025-03-01", EENHEID, 1, null)).permitHolders()).isFalse();
        assertThat(facts(toewijzing("2025-03-01", EENHEID, 1, "sth")).permitHolders()).as("codes are read case-blind").isTrue();
    }

    @Test
    void datumIsTheDayInTheNetherlands() {
        assertThat(facts(toewijzing("2025-01-31T23:30:00Z", EENHEID, 1, null)).allocatedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(facts(toewijzing("2025-01-31T23:30:00.123+01:00", EENHEID, 1, null)).allocatedOn())
                .isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(facts(toewijzing("2025-02-01", EENHEID, 1, null)).allocatedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void eenheidIsMatchedByItsLastPathSegment() {
        assertThat(VeraToewijzingMapping.lastSegment("https://x.example/eenheden/ALM-7/")).isEqualTo("ALM-7");
        assertThat(VeraToewijzingMapping.lastSegment("https://x.example/eenheden/ALM-7?versie=2#top")).isEqualTo("ALM-7");
        assertThat(VeraToewijzingMapping.lastSegment("ALM-7")).isEqualTo("ALM-7");
    }

    @Test
    void aToewijzingWithoutEenheidIsRefused() {
        assertThat(refusals(toewijzing("2025-03-01", null, 2, "STH"), null))
                .containsExactly("eenheid is required: the URI of the allocated Eenheid");
    }

    @Test
    void anUnknownTargetGroupCodeIsRefusedPointingToSth() {
        assertThat(refusals(toewijzing("2025-03-01", EENHEID, 2, "VLU"), null)).singleElement().asString()
                .startsWith("aanvullendeDoelgroep.code 'VLU' is not a VERA AANVULLENDEDOELGROEP code").contains("STH");
        assertThat(refusals(toewijzing("2025-03-01", EENHEID, 2, " "), null))
                .containsExactly("aanvullendeDoelgroep.code is required when aanvullendeDoelgroep is given");
    }

    @Test
    void theOrganisationComesFromTheToewijzingOrElseTheSender() {
        Toewijzing withoutOrganisation = new Toewijzing("TW-1", null, "2025-03-01", EENHEID, 2, null, null);
        assertThat(mapping.map(withoutOrganisation, "st-joseph", TODAY).facts().organisation()).isEqualTo("st-joseph");
        assertThat(refusals(withoutOrganisation, null)).singleElement().asString().startsWith("idOrganisatie is required");
        assertThat(refusals(new Toewijzing("TW-1", "St Joseph/Almelo", "2025-03-01", EENHEID, 2, null, null), null))
                .singleElement().asString().startsWith("idOrganisatie must be");
    }

    @Test
    void anOrganisationReportsOnlyItsOwnAllocations() {
        Toewijzing ofBeterWonen = toewijzing("2025-03-01", EENHEID, 2, "STH");
        assertThat(mapping.mapReportedBy(ofBeterWonen, null, "beter-wonen", TODAY).isRefused()).isFalse();
        assertThat(mapping.mapReportedBy(ofBeterWonen, null, "st-joseph", TODAY).refusals()).singleElement()
                .satisfies(refusal -> assertThat(refusal.name()).isEqualTo("idOrganisatie"))
                .satisfies(refusal -> assertThat(refusal.reason()).contains("beter-wonen", "st-joseph"));
        Toewijzing bySender = new Toewijzing("TW-1", null, "2025-03-01", EENHEID, 2, null, null);
        assertThat(mapping.mapReportedBy(bySender, "beter-wonen", "st-joseph", TODAY).refusals())
                .extracting(InvalidParam::name).containsExactly("idOrganisatie");
        assertThat(mapping.mapReportedBy(toewijzing("2025-03-01", EENHEID, 0, null), null, "st-joseph", TODAY).refusals())
                .as("another's is refused as such, whatever else is wrong")
                .extracting(InvalidParam::name).containsExactly("huishoudgrootte", "idOrganisatie");
        assertThat(mapping.mapReportedBy(new Toewijzing("TW-1", null, "2025-03-01", EENHEID, 2, null, null), null, "st-joseph", TODAY)
                .refusals()).extracting(InvalidParam::name).as("no organisation: refused as missing, once").containsExactly("idOrganisatie");
    }

    @Test
    void datumAndHuishoudgrootteMustMakeSense() {
        assertThat(refusals(toewijzing("gisteren", EENHEID, 2, null), null)).singleElement().asString().startsWith("datum must be a date-time");
        assertThat(refusals(toewijzing("2025-03-28T08:00:00Z", EENHEID, 2, null), null)).containsExactly("datum must not be in the future");
        assertThat(refusals(toewijzing(null, EENHEID, 2, null), null)).singleElement().asString().startsWith("datum is required");
        assertThat(refusals(toewijzing("2025-03-01", EENHEID, 0, null), null)).containsExactly("huishoudgrootte must be between 1 and 30");
        assertThat(refusals(toewijzing("2025-03-01", EENHEID, null, null), null)).singleElement().asString()
                .startsWith("huishoudgrootte is required");
    }

    @Test
    void everyRefusalIsListedAtOnce() {
        Toewijzing empty = new Toewijzing(null, null, null, null, null, new Referentiedata("XXX", null), null);
        assertThat(mapping.map(empty, null, TODAY).refusals()).extracting(InvalidParam::name).containsExactly(
                "idExtern", "idOrganisatie", "eenheid", "datum", "huishoudgrootte", "aanvullendeDoelgroep.code");
    }

    @Test
    void aGemeentecodeExtraAttributeGivesTheMunicipality() {
        Toewijzing stated = new Toewijzing("TW-1", "beter-wonen", "2025-03-01", EENHEID, 2, null,
                List.of(new ExtraAttribuut("Huurprognose", "850"), new ExtraAttribuut("gemeentecode", "0141")));
        assertThat(facts(stated).municipalityCode()).isEqualTo("GM0141");
        Toewijzing wrong = new Toewijzing("TW-1", "beter-wonen", "2025-03-01", EENHEID, 2, null,
                List.of(new ExtraAttribuut("gemeentecode", "Almelo")));
        assertThat(refusals(wrong, null)).containsExactly("extra-attributen.gemeentecode must be a CBS municipality code such as GM0141");
    }

    @Test
    void aRegisteredUnitGivesItsMunicipalityAndId() {
        UUID unitId = UUID.randomUUID();
        Location location = VeraToewijzingMapping.locate(facts(toewijzing("2025-03-01", EENHEID, 2, "STH")),
                new RegisteredUnit(unitId, "GM0141", null));
        assertThat(location.refusals()).isEmpty();
        assertThat(location.unitId()).isEqualTo(unitId);
        assertThat(location.municipalityCode()).isEqualTo("GM0141");
    }

    @Test
    void anUnregisteredUnitNeedsAGemeentecode() {
        ToewijzingFacts unstated = facts(toewijzing("2025-03-01", EENHEID, 2, "STH"));
        Location refused = VeraToewijzingMapping.locate(unstated, null);
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.refusals()).singleElement().extracting(InvalidParam::name).isEqualTo("eenheid");

        Toewijzing stated = new Toewijzing("TW-1", "beter-wonen", "2025-03-01", EENHEID, 2, null,
                List.of(new ExtraAttribuut("GEMEENTECODE", "GM0141")));
        Location located = VeraToewijzingMapping.locate(facts(stated), null);
        assertThat(located.municipalityCode()).isEqualTo("GM0141");
        assertThat(located.unitId()).isNull();
    }

    @Test
    void aGemeentecodeMustAgreeWithTheRegisteredUnitWhichMustStillBeInTheStock() {
        Toewijzing stated = new Toewijzing("TW-1", "beter-wonen", "2025-03-01", EENHEID, 2, null,
                List.of(new ExtraAttribuut("gemeentecode", "GM0153")));
        assertThat(VeraToewijzingMapping.locate(facts(stated), new RegisteredUnit(UUID.randomUUID(), "GM0141", null))
                .refusals()).singleElement().extracting(InvalidParam::name).isEqualTo("extra-attributen.gemeentecode");
        assertThat(VeraToewijzingMapping.locate(facts(toewijzing("2025-03-01", EENHEID, 2, null)),
                new RegisteredUnit(UUID.randomUUID(), "GM0141", LocalDate.of(2025, 3, 1))).refusals())
                .singleElement().extracting(InvalidParam::reason).asString().contains("left the stock on 2025-03-01");
    }

    @Test
    void aDifferentToewijzingUnderTheSameIdNamesWhatDiffers() {
        ToewijzingFacts recorded = facts(toewijzing("2025-03-01T10:00:00Z", EENHEID, 4, "STH"));
        assertThat(facts(toewijzing("2025-03-01T16:00:00Z", EENHEID, 4, "STH")).differencesFrom(recorded))
                .as("the same day").isEmpty();
        assertThat(facts(toewijzing("2025-03-02", EENHEID, 5, null)).differencesFrom(recorded))
                .extracting(InvalidParam::name).containsExactly("datum", "huishoudgrootte", "aanvullendeDoelgroep.code");
    }
}
