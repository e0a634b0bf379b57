package nl.permitholders.housingstock.vera;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.permitholders.platform.api.InvalidParam;

/**
 * What a valid Toewijzing says, in this service's terms.
 *
 * @param unitExternalId   the last path segment of eenheid: the organisation's own id of the unit
 * @param municipalityCode the municipality an extra-attribuut gemeentecode gives (null when it gives none); for an
 *                         allocation already recorded, the municipality it was recorded in
 */
public record ToewijzingFacts(String organisation, String idExtern, String eenheid, String unitExternalId,
                              LocalDate allocatedOn, int persons, String additionalTargetGroup, boolean permitHolders,
                              String municipalityCode) {

    /** Each VERA value in which this Toewijzing differs from the allocation recorded under the same idExtern. */
    public List<InvalidParam> differencesFrom(ToewijzingFacts recorded) {
        List<InvalidParam> different = new ArrayList<>();
        if (!eenheid.equals(recorded.eenheid)) {
            different.add(recordedAs("eenheid", recorded.eenheid));
        }
        if (!allocatedOn.equals(recorded.allocatedOn)) {
            different.add(recordedAs("datum", recorded.allocatedOn));
        }
        if (persons != recorded.persons) {
            different.add(recordedAs("huishoudgrootte", recorded.persons));
        }
        if (!Objects.equals(additionalTargetGroup, recorded.additionalTargetGroup)) {
            different.add(recordedAs("aanvullendeDoelgroep.code", recorded.additionalTargetGroup));
        }
        if (municipalityCode != null && !municipalityCode.equals(recorded.municipalityCode)) {
            different.add(recordedAs("extra-attributen.gemeentecode", recorded.municipalityCode));
        }
        return different;
    }

    private static InvalidParam recordedAs(String name, Object value) {
        return new InvalidParam(name, "differs from the allocation recorded before: " + (value == null ? "none" : value));
    }
}
