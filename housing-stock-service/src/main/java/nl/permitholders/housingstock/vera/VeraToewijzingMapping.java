package nl.permitholders.housingstock.vera;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.permitholders.platform.time.NetherlandsClock;
import nl.permitholders.housingstock.api.Ids;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.time.DateRange;

/**
 * How a VERA Toewijzing becomes an allocation, or why it is refused:
 * <ul>
 * <li>idExtern and the organisation (idOrganisatie, else the sender's X-Stuurgegevens-Zender-Organisatie) identify
 * it; an organisation reports only its own allocations;</li>
 * <li>eenheid names the unit: its last path segment is the organisation's own id of the unit;</li>
 * <li>datum is the allocation date, huishoudgrootte the persons;</li>
 * <li>aanvullendeDoelgroep.code, a VERA AANVULLENDEDOELGROEP code, marks permit holders when it is STH;</li>
 * <li>the unit's municipality is that of the registered unit, or else what an extra-attribuut gemeentecode says.</li>
 * </ul>
 */
public final class VeraToewijzingMapping {

    public static final String PERMIT_HOLDERS = "STH";
    public static final String ADDITIONAL_TARGET_GROUP = "AANVULLENDEDOELGROEP";
    public static final String MUNICIPALITY_ATTRIBUTE = "gemeentecode";
    public static final int MAX_PERSONS = 30;
    static final int MAX_EENHEID_LENGTH = 500;
    private static final Pattern MUNICIPALITY = Pattern.compile("(GM)?(\\d{4})");

    private final VeraReferenceData referenceData;

    public VeraToewijzingMapping(VeraReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** The facts of a Toewijzing, or every reason to refuse it. */
    public record Mapping(ToewijzingFacts facts, List<InvalidParam> refusals) {

        public boolean isRefused() {
            return facts == null;
        }
    }

    /** The organisation's unit as registered here. */
    public record RegisteredUnit(UUID id, String municipalityCode, LocalDate retiredOn) {
    }

    /** Where the allocated unit is, or why that cannot be told. */
    public record Location(UUID unitId, String municipalityCode, List<InvalidParam> refusals) {

        public boolean isRefused() {
            return municipalityCode == null;
        }
    }

    /**
     * @param senderOrganisation the X-Stuurgegevens-Zender-Organisatie header, or null
     */
    public Mapping map(Toewijzing toewijzing, String senderOrganisation, LocalDate today) {
        Violations violations = new Violations();

        String idExtern = toewijzing.idExtern();
        if (idExtern == null || idExtern.isBlank()) {
            violations.add("idExtern", "is required: the allocation's id in the organisation's system");
        } else if (idExtern.length() > Ids.MAX_LENGTH || idExtern.chars().anyMatch(Character::isISOControl)) {
            violations.add("idExtern", "must be at most " + Ids.MAX_LENGTH + " characters without control characters");
        }

        String organisation = organisation(toewijzing, senderOrganisation);
        if (organisation == null || organisation.isBlank()) {
            violations.add("idOrganisatie", "is required, in the Toewijzing or as header X-Stuurgegevens-Zender-Organisatie");
        } else if (!Ids.isSafe(organisation)) {
            violations.add("idOrganisatie", "must be at most " + Ids.MAX_LENGTH + " characters and " + Ids.SAFE_MESSAGE);
        }

        String eenheid = toewijzing.eenheid();
        String unitExternalId = null;
        if (eenheid == null || eenheid.isBlank()) {
            violations.add("eenheid", "is required: the URI of the allocated Eenheid");
        } else if (eenheid.length() > MAX_EENHEID_LENGTH) {
            violations.add("eenheid", "must be at most " + MAX_EENHEID_LENGTH + " characters");
        } else {
            unitExternalId = lastSegment(eenheid);
            violations.check(!unitExternalId.isEmpty(), "eenheid", "must end in the id of the Eenheid");
        }

        LocalDate allocatedOn = null;
        if (toewijzing.datum() == null || toewijzing.datum().isBlank()) {
            violations.add("datum", "is required: the day the unit was allocated");
        } else {
            allocatedOn = date(toewijzing.datum());
            if (allocatedOn == null) {
                violations.add("datum", "must be a date-time such as 2024-03-01T10:00:00Z or a date yyyy-mm-dd");
            } else if (allocatedOn.isAfter(today)) {
                violations.add("datum", "must not be in the future");
            } else if (!DateRange.contains(allocatedOn)) {
                violations.add("datum", DateRange.REASON);
            }
        }

        Integer persons = toewijzing.huishoudgrootte();
        if (persons == null) {
            violations.add("huishoudgrootte", "is required: the persons in the household");
        } else {
            violations.check(persons >= 1 && persons <= MAX_PERSONS, "huishoudgrootte", "must be between 1 and " + MAX_PERSONS);
        }

        String targetGroup = null;
        if (toewijzing.aanvullendeDoelgroep() != null) {
            String code = toewijzing.aanvullendeDoelgroep().code();
            if (code == null || code.isBlank()) {
                violations.add("aanvullendeDoelgroep.code", "is required when aanvullendeDoelgroep is given");
            } else {
                targetGroup = code.strip().toUpperCase(Locale.ROOT);
                violations.check(referenceData.isKnown(ADDITIONAL_TARGET_GROUP, targetGroup), "aanvullendeDoelgroep.code",
                        "'" + code + "' is not a VERA " + ADDITIONAL_TARGET_GROUP + " code; " + PERMIT_HOLDERS
                                + " marks permit holders (statushouders)");
            }
        }

        String municipalityCode = null;
        if (toewijzing.extraAttributen() != null) {
            for (Toewijzing.ExtraAttribuut attribute : toewijzing.extraAttributen()) {
                if (attribute != null && MUNICIPALITY_ATTRIBUTE.equalsIgnoreCase(attribute.naam())) {
                    var code = attribute.waarde() == null ? null : MUNICIPALITY.matcher(attribute.waarde().strip());
                    if (code == null || !code.matches()) {
                        violations.add("extra-attributen.gemeentecode", "must be a CBS municipality code such as GM0141");
                    } else {
                        municipalityCode = "GM" + code.group(2);
                    }
                }
            }
        }

        if (!violations.isEmpty()) {
            return new Mapping(null, violations.list());
        }
        return new Mapping(new ToewijzingFacts(organisation, idExtern, eenheid, unitExternalId, allocatedOn, persons,
                targetGroup, PERMIT_HOLDERS.equals(targetGroup), municipalityCode), List.of());
    }

    /** The organisation a Toewijzing is of: its idOrganisatie, else the sender's; null when neither says. */
    public static String organisation(Toewijzing toewijzing, String senderOrganisation) {
        String organisation = toewijzing.idOrganisatie() != null && !toewijzing.idOrganisatie().isBlank()
                ? toewijzing.idOrganisatie() : senderOrganisation;
        return organisation == null || organisation.isBlank() ? null : organisation;
    }

    /**
     * As {@link #map}, for an organisation reporting (the token's corporation): a Toewijzing of another organisation is
     * refused on idOrganisatie, whatever else is wrong with it.
     */
    public Mapping mapReportedBy(Toewijzing toewijzing, String senderOrganisation, String reportingOrganisation, LocalDate today) {
        Mapping mapped = map(toewijzing, senderOrganisation, today);
        Optional<InvalidParam> foreign = refusalForReporter(organisation(toewijzing, senderOrganisation), reportingOrganisation);
        if (foreign.isEmpty()) {
            return mapped;
        }
        List<InvalidParam> refusals = new ArrayList<>(mapped.refusals());
        refusals.add(foreign.get());
        return new Mapping(null, List.copyOf(refusals));
    }

    /**
     * Why a Toewijzing of {@code organisation} may not be recorded for the organisation that reports it: it is
     * another's. Empty when it is the reporter's own, or when the organisation is missing or invalid (refused as such).
     */
    static Optional<InvalidParam> refusalForReporter(String organisation, String reportingOrganisation) {
        if (organisation == null || !Ids.isSafe(organisation) || organisation.equals(reportingOrganisation)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam("idOrganisatie", "is " + organisation + ", but your token is for organisation "
                + reportingOrganisation + ": report only your own organisation's allocations"));
    }

    /**
     * Where the allocated unit is: the unit the organisation registered under the eenheid's id, which must then
     * agree with a stated gemeentecode and still be in the stock on the allocation date; otherwise the municipality the
     * gemeentecode states.
     *
     * @param unit the organisation's unit registered under {@link ToewijzingFacts#unitExternalId()}, or null
     */
    public static Location locate(ToewijzingFacts facts, RegisteredUnit unit) {
        String stated = facts.municipalityCode();
        if (unit == null) {
            if (stated != null) {
                return new Location(null, stated, List.of());
            }
            return refused("eenheid", "names no unit that organisation " + facts.organisation() + " registered (externalId "
                    + facts.unitExternalId() + " at POST /housing-stock/v1/units), and no extra-attribuut "
                    + MUNICIPALITY_ATTRIBUTE + " says in which municipality it lies");
        }
        if (stated != null && !stated.equals(unit.municipalityCode())) {
            return refused("extra-attributen.gemeentecode", "is " + stated + " but unit " + facts.unitExternalId()
                    + " is registered in " + unit.municipalityCode());
        }
        if (unit.retiredOn() != null && !facts.allocatedOn().isBefore(unit.retiredOn())) {
            return refused("eenheid", "names unit " + facts.unitExternalId() + ", which left the stock on " + unit.retiredOn());
        }
        return new Location(unit.id(), unit.municipalityCode(), List.of());
    }

    private static Location refused(String name, String reason) {
        return new Location(null, null, List.of(new InvalidParam(name, reason)));
    }

    /** The last path segment of a URI or plain id, without query or fragment. */
    static String lastSegment(String eenheid) {
        String path = eenheid.strip();
        int end = path.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        path = path.substring(0, end);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A VERA date-time, read as the day in the Netherlands, or a plain date; null when it is neither. */
    static LocalDate date(String datum) {
        String text = datum.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            return OffsetDateTime.parse(text).atZoneSameInstant(NetherlandsClock.NETHERLANDS).toLocalDate();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
