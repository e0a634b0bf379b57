package nl.permitholders.dashboard.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.api.ScenarioComparison.Assumption;
import nl.permitholders.display.DutchFormat;

/**
 * A scenario's assumptions as supervision names them (its {@code description} is English, for integrators), said in Dutch
 * on the page by their name and value; the .xlsx download carries supervision's own sheet of them.
 */
final class ScenarioAssumptionsInDutch {

    private ScenarioAssumptionsInDutch() {
    }

    static String of(Assumption a) {
        String value = a.value();
        if (a.name().startsWith("populationReferenceDate.")) {
            return "De inwonertallen van het CBS die R1 voor het " + halfYear(a.name().substring(a.name().indexOf('.') + 1))
                    + " neemt, zijn nog niet bekend: die van " + date(value) + " staan ervoor in de plaats. De verdeling van het Rijk zal afwijken.";
        }
        return switch (a.name()) {
            case "calculatedOn" -> "Uitgangspunt is de stand van elke gemeente op " + date(value) + "; niets van het scenario wordt als "
                    + "taakstelling opgeslagen.";
            case "distribution" -> "Elk landelijk totaal wordt verdeeld volgens R1 (Huisvestingswet 2014 art. 29): naar het "
                    + "inwonertal van het CBS op 1 januari van het jaar ervoor, naar boven afgerond, met de samenvoegingen en splitsingen (R3).";
            case "quotasBetween" -> "De halfjaren die niet in het scenario staan (" + Arrays.stream(value.split(",\\s*"))
                    .map(ScenarioAssumptionsInDutch::halfYear).collect(Collectors.joining(", ")) + ") tellen met de taakstellingen die nu "
                    + "zijn vastgesteld of aangekondigd (0 waar er geen is).";
            case "scenarioQuotas" -> "De taakstelling van het scenario vervangt een taakstelling die voor het halfjaar al is "
                    + "vastgesteld of aangekondigd.";
            case "forecast" -> "WITH_PLAN".equals(value)
                    ? "Verwachting: het huidige tempo gaat door, met wat de maatregelen van het vastgestelde plan van aanpak en de "
                    + "geplande capaciteit nog opleveren."
                    : "Verwachting: het huidige tempo gaat door, en verder niets (ongewijzigd beleid).";
            case "paceMonths" -> "Het huidige tempo is het aantal gehuisveste personen per maand over de laatste " + value + " maanden.";
            case "reorganisations" -> "Een gemeente die na vandaag samengaat of wordt opgesplitst, geeft haar verwachting vanaf dat "
                    + "halfjaar door aan haar opvolgers (R3).";
            case "colour" -> "Schemakleur aan het eind van een halfjaar (R6): groen zonder achterstand, oranje tot een maand achter, "
                    + "rood meer dan een maand achter.";
            case "homesBeyondPipeline" -> "Te huisvesten in woningen: de verwachte achterstand aan het eind van het halfjaar"
                    + ("expectedBacklog".equals(value) ? " (de geplande capaciteit zit al in de verwachting)" : ", min de geplande plaatsen")
                    + "; 0 als er geen is.";
            case "householdMix" -> "Eén samenstelling van huishoudens voor elke gemeente, zoals opgegeven.";
            case "householdMixMonths" -> "De samenstelling van de huishoudens van een gemeente is die van de koppelingen van het COA "
                    + "van de laatste " + value + " maanden.";
            case "minimumHouseholds" -> "Een gemeente met minder dan " + value + " huishoudens in die periode neemt de samenstelling "
                    + "van haar provincie, en als die er ook te weinig heeft, die van het land.";
            case "homes" -> "Woningen per soort naar het aandeel personen van de huishoudens van die soort, één woning per "
                    + "huishouden, naar boven afgerond: kamer (1 persoon), kleine woning (2 of 3), gezinswoning (4 tot 6), grote "
                    + "gezinswoning (7 of meer).";
            default -> a.name() + ": " + value;
        };
    }

    private static String halfYear(String period) {
        try {
            return HalfYear.parse("period", period.strip()).dutch();
        } catch (RuntimeException e) {
            return period;
        }
    }

    private static String date(String text) {
        try {
            return DutchFormat.date(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
