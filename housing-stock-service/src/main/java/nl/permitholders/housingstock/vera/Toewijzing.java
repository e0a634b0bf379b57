package nl.permitholders.housingstock.vera;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A VERA {@code Toewijzing} (Aedes' public VERA standard, Woonruimteverdeling 4.x; docs/housing-stock-integration.md)
 * as a corporation's allocation system sends it, with VERA's property names. Only what this service uses is read; every
 * other VERA property (kandidaat, relatie, rekeninkomen, ...) is accepted and ignored, and never stored (R9).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "Toewijzing", description = "A VERA Toewijzing; properties not listed here are accepted and ignored.")
public record Toewijzing(
        @Schema(description = "The allocation's id in the sending organisation's system; with the organisation it "
                + "identifies the allocation, and sending it again is idempotent.", required = true)
        String idExtern,
        @Schema(description = "The organisation (corporation) responsible for the allocation; when absent, the "
                + "X-Stuurgegevens-Zender-Organisatie header. Letters, digits and . _ : - only.")
        String idOrganisatie,
        @Schema(format = "date", description = "The day the unit was allocated: a VERA date-time such as "
                + "2024-03-01T10:00:00Z (read as the day in the Netherlands) or a date yyyy-mm-dd. Not in the future.",
                required = true)
        String datum,
        @Schema(description = "URI of the Eenheid in the organisation's Vastgoed system; its last path segment is "
                + "matched to the externalId under which the organisation registered the unit.", required = true)
        String eenheid,
        @Schema(description = "Persons in the household the unit was allocated to, 1 to 30.", required = true)
        Integer huishoudgrootte,
        @Schema(description = "VERA reference data AANVULLENDEDOELGROEP; code STH (statushouders) marks an allocation "
                + "to permit holders.")
        Referentiedata aanvullendeDoelgroep,
        @JsonProperty("extra-attributen")
        @Schema(description = "VERA's extension attributes; naam gemeentecode gives the CBS municipality code (GM0141 "
                + "or 0141) of a unit that is not registered here.")
        List<ExtraAttribuut> extraAttributen) {

    /** A VERA reference data value: only its code is read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "Referentiedata", requiredProperties = {"code"})
    public record Referentiedata(String code, String naam) {
    }

    /** A VERA extension attribute: a name and a value. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "ExtraAttribuut")
    public record ExtraAttribuut(String naam, String waarde) {
    }
}
