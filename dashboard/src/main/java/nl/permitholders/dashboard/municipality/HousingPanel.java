package nl.permitholders.dashboard.municipality;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.api.HousingStockClient.Unit;
import nl.permitholders.dashboard.api.PlacementClient.MatchSuggestion;
import nl.permitholders.dashboard.api.PlacementClient.Offer;
import nl.permitholders.dashboard.api.PlacementClient.WaitingEntry;
import nl.permitholders.display.Table;
import nl.permitholders.display.DutchFormat;

/**
 * What a municipal officer's own page shows of placement-service and housing-stock, read in the officer's name: the
 * waiting list in placement-service's order, the open offers, and the vacant units with the households that fit them
 * best, with the choices of the offer and decline forms. A part whose service cannot be reached says so in
 * {@code waitingUnavailable} or {@code unitsUnavailable} instead; the rest of the page does not depend on it.
 */
public record HousingPanel(String waitingUnavailable, Table waitingList, Table offers, List<Choice> offerCouplings,
                           List<Choice> openOffers, String unitsUnavailable, Table suggestions, List<Choice> vacantUnits,
                           List<Choice> declineReasons) {

    /** How many households the page suggests per vacant unit. */
    static final int SUGGESTIONS_PER_UNIT = 3;

    static final String PLACEMENT_UNAVAILABLE = "De wachtlijst en de aanbiedingen kunnen nu niet worden getoond: de "
            + "plaatsingsdienst is niet bereikbaar. De rest van de pagina is actueel; probeer het over enkele minuten opnieuw.";
    static final String UNITS_UNAVAILABLE = "De leegstaande woningen en de passende huishoudens kunnen nu niet worden getoond: "
            + "de woningvoorraad of de plaatsingsdienst is niet bereikbaar. De rest van de pagina is actueel; probeer het over "
            + "enkele minuten opnieuw.";

    /** Why an offer is declined, as placement-service names it, in the form's words. */
    static final Map<String, String> DECLINE_REASONS = new LinkedHashMap<>();

    static {
        DECLINE_REASONS.put("HOUSEHOLD_DECLINED", "het huishouden wijst de woning af");
        DECLINE_REASONS.put("UNIT_UNSUITABLE", "de woning blijkt niet geschikt voor het huishouden");
        DECLINE_REASONS.put("UNIT_NO_LONGER_AVAILABLE", "de woning is niet meer beschikbaar");
        DECLINE_REASONS.put("OTHER", "andere reden");
    }

    /** A vacant unit with the households placement-service suggests for it, or why it suggests none. */
    public record UnitSuggestions(Unit unit, List<MatchSuggestion> suggestions, String none) {
    }

    /** The waiting list and the open offers of its couplings that have one. */
    public record Waiting(List<WaitingEntry> entries, long total, List<Offer> openOffers) {
    }

    static HousingPanel of(Waiting waiting, List<UnitSuggestions> units, LocalDate today) {
        Map<UUID, Unit> byId = units == null ? Map.of()
                : units.stream().map(UnitSuggestions::unit).collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Choice> reasons = DECLINE_REASONS.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
        return new HousingPanel(waiting == null ? PLACEMENT_UNAVAILABLE : null,
                waiting == null ? null : waitingList(waiting, today), waiting == null ? null : offers(waiting.openOffers(), byId),
                waiting == null ? List.of() : offerCouplings(waiting.entries()),
                waiting == null ? List.of() : openOffers(waiting.openOffers(), byId),
                units == null ? UNITS_UNAVAILABLE : null, units == null ? null : suggestions(units),
                units == null ? List.of() : units.stream().map(u -> new Choice(u.unit().id().toString(), unit(u.unit()))).toList(),
                reasons);
    }

    static Table waitingList(Waiting waiting, LocalDate today) {
        List<Row> rows = waiting.entries().stream().map(w -> new Row(w.couplingId().toString(), null, List.of(
                Cell.number((int) w.position()), Cell.text(shortId(w.couplingId())), Cell.text(status(w.status())),
                Cell.text(MunicipalityPage.household(w.householdType())), Cell.number(w.persons()), Cell.number(w.personsToHouse()),
                Cell.date(w.couplingDate()), Cell.number((int) w.weeksWaiting()), Cell.date(w.housingDeadline()),
                Cell.styled(w.overdue() ? "over termijn" : "binnen termijn", w.overdue() ? "termijn-over" : "")))).toList();
        String title = "Wachtlijst van de plaatsingsdienst, wie het langst wacht bovenaan"
                + (waiting.total() > waiting.entries().size() ? " (de eerste " + waiting.entries().size() + " van "
                + DutchFormat.number((int) waiting.total()) + ")" : "");
        return Table.of("wachtlijst", title, List.of("Plaats", "Koppeling", "Stand", "Huishoudtype", "Personen",
                "Nog te huisvesten", "Gekoppeld op", "Weken sinds de vergunning", "Termijn loopt af op", "Termijn"), rows);
    }

    static Table offers(List<Offer> open, Map<UUID, Unit> units) {
        List<Row> rows = open.stream().map(o -> new Row(o.id().toString(), null, List.of(
                Cell.text(shortId(o.couplingId())), Cell.text(unitName(o.unitId(), units)), Cell.number(o.persons()),
                Cell.date(o.offeredOn())))).toList();
        return Table.of("aanbiedingen", "Lopende aanbiedingen: woningen aangeboden, nog niet aanvaard of afgewezen",
                List.of("Koppeling", "Woning", "Personen", "Aangeboden op"), rows);
    }

    static Table suggestions(List<UnitSuggestions> units) {
        List<Row> rows = new ArrayList<>();
        for (UnitSuggestions u : units) {
            if (u.suggestions().isEmpty()) {
                rows.add(new Row(u.unit().id().toString(), null, List.of(Cell.text(unit(u.unit())), Cell.text(""), Cell.text(""),
                        Cell.text(""), Cell.text(""), Cell.text(u.none()))));
            }
            u.suggestions().stream().limit(SUGGESTIONS_PER_UNIT).forEach(s -> rows.add(new Row(u.unit().id() + "/" + s.couplingId(), null,
                    List.of(Cell.text(unit(u.unit())), Cell.number(s.rank()), Cell.text(shortId(s.couplingId())),
                            Cell.text(MunicipalityPage.household(s.householdType())), Cell.number(s.persons()), Cell.text(why(s))))));
        }
        return Table.of("suggesties", "Passende huishoudens voor leegstaande woningen, de beste eerst",
                List.of("Woning", "Rang", "Koppeling", "Huishoudtype", "Personen", "Waarom"), rows);
    }

    /** The couplings waiting for an offer (not those with an open one), longest waiting first. */
    static List<Choice> offerCouplings(List<WaitingEntry> waiting) {
        return waiting.stream().filter(w -> "COUPLED".equals(w.status()))
                .map(w -> new Choice(w.couplingId().toString(), shortId(w.couplingId()) + ": " + MunicipalityPage.household(w.householdType()).toLowerCase()
                        + ", nog " + DutchFormat.number(w.personsToHouse()) + " te huisvesten, gekoppeld "
                        + DutchFormat.date(w.couplingDate()))).toList();
    }

    /** The open offers the decline form offers, named as the API addresses them: "coupling/offer". */
    static List<Choice> openOffers(List<Offer> open, Map<UUID, Unit> units) {
        return open.stream().map(o -> new Choice(o.couplingId() + "/" + o.id(), "koppeling " + shortId(o.couplingId()) + ": "
                + unitName(o.unitId(), units) + ", aangeboden " + DutchFormat.date(o.offeredOn()))).toList();
    }

    private static String why(MatchSuggestion s) {
        List<String> reasons = new ArrayList<>();
        reasons.add("wacht " + s.weeksWaiting() + " weken sinds de vergunning");
        if (s.overdue()) {
            reasons.add("over de termijn van 12 weken");
        }
        reasons.add(s.ownRegion() ? "azc in de eigen regio" : "azc niet bekend in de eigen regio");
        return String.join("; ", reasons);
    }

    private static String unit(Unit unit) {
        return unit.externalId() + ": " + PlacementFormsResource.HOUSING.getOrDefault(unit.type(), unit.type()) + ", "
                + DutchFormat.number(unit.capacity()) + ("SHARED".equals(unit.type()) ? " kamers" : " plaatsen");
    }

    private static String unitName(UUID id, Map<UUID, Unit> units) {
        Unit unit = units.get(id);
        return unit == null ? "woning " + shortId(id) : unit.externalId();
    }

    private static String status(String status) {
        return "OFFERED".equals(status) ? "woning aangeboden" : "wacht op een aanbod";
    }

    private static String shortId(UUID id) {
        return MunicipalityPage.shortId(id.toString());
    }
}
