package nl.permitholders.dashboard.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The map of municipalities drawn from the boundaries of CBS and Kadaster (resources/geo). */
class MunicipalityMapTest {

    @Test
    void eachYearHasTheBoundariesOfItsOwnFileOrTheNearestEarlierOne() {
        assertThat(Boundaries.forYear(2026).shapes()).hasSize(342).containsKey("GM0141");
        assertThat(Boundaries.forYear(2026).shapes().get("GM0141").name()).isEqualTo("Almelo");
        assertThat(Boundaries.forYear(2025).year()).isEqualTo(2025);
        assertThat(Boundaries.forYear(2027).year()).isEqualTo(2026);
        assertThat(Boundaries.forYear(2023).year()).isEqualTo(2024);
    }

    @Test
    void aMunicipalityIsDrawnAsALinkedPathAndOneWithoutBoundariesIsListedNotDropped() {
        MunicipalityMap map = MunicipalityMap.of(2026, List.of(
                new MunicipalityMap.Position("GM0141", "Almelo", "rood", "nog te huisvesten 117", "/dashboard/gemeenten/GM0141"),
                new MunicipalityMap.Position("GM0153", "Enschede", "groen", "nog te huisvesten 0", "/dashboard/gemeenten/GM0153"),
                new MunicipalityMap.Position("GM9999", "Nieuwgemeente", "oranje", "nog te huisvesten 3", "/dashboard/gemeenten/GM9999")));

        assertThat(map.areas()).extracting(MunicipalityMap.Area::code).containsExactly("GM0141", "GM0153");
        MunicipalityMap.Area almelo = map.areas().get(0);
        assertThat(almelo.path()).startsWith("M").endsWith("Z");
        assertThat(almelo.colour()).isEqualTo("rood");
        assertThat(almelo.label()).isEqualTo("Almelo: nog te huisvesten 117");
        assertThat(map.withoutBoundaries()).containsExactly("Nieuwgemeente");
        // Almelo lies west of Enschede: its outline starts further left on the map.
        double almeloX = Double.parseDouble(almelo.path().substring(1).split(" ")[0]);
        double enschedeX = Double.parseDouble(map.areas().get(1).path().substring(1).split(" ")[0]);
        assertThat(almeloX).isLessThan(enschedeX);
        assertThat(map.viewBox()).startsWith("0 0 600 ");
        assertThat(map.provinceOutlines()).isEmpty();
        // The country's map draws the twelve provinces' outlines over the municipalities.
        assertThat(MunicipalityMap.of(2026, List.of(new MunicipalityMap.Position("GM0141", "Almelo", "rood", "", "")), true)
                .provinceOutlines()).hasSize(12).allSatisfy(outline -> assertThat(outline).startsWith("M"));
        assertThat(Boundaries.provincesForYear(2024).year()).isEqualTo(2025);
    }

    @Test
    void onChoiceEachMunicipalityIsColouredByItsBacklogPerThousandAndOneWithoutPopulationIsShownAsSuch() {
        MunicipalityMap map = MunicipalityMap.of(2026, List.of(
                MunicipalityMap.perThousand("GM0141", "Almelo", 117, 73_000, "/dashboard/gemeenten/GM0141"),
                MunicipalityMap.perThousand("GM0153", "Enschede", 0, 160_000, "/dashboard/gemeenten/GM0153"),
                MunicipalityMap.perThousand("GM0150", "Deventer", 250, null, "/dashboard/gemeenten/GM0150")),
                false, MunicipalityMap.perThousandLegend(java.time.LocalDate.of(2025, 1, 1)));

        assertThat(map.areas()).extracting(MunicipalityMap.Area::colour).containsExactly("inw-3", "inw-0", "inw-onbekend");
        assertThat(map.areas().get(0).label()).isEqualTo("Almelo: nog te huisvesten 117, 1,6 per 1.000 inwoners (73.000 inwoners)");
        assertThat(map.areas().get(2).label()).isEqualTo("Deventer: nog te huisvesten 250, geen inwonertal bekend");
        // Every class in the legend, the unknown among them, and the reference date of the populations.
        assertThat(map.legend().keys()).extracting(MunicipalityMap.Key::colour)
                .containsExactly("inw-0", "inw-1", "inw-2", "inw-3", "inw-4", "inw-onbekend");
        assertThat(map.legend().keys().get(5).text()).contains("geen inwonertal bekend", "gearceerd");
        assertThat(map.legend().note()).contains("1 januari 2025");
        assertThat(MunicipalityMap.perThousandLegend(null).note()).contains("nog geen inwonertal bekend");
    }

    @Test
    void theChoiceOfColouringIsAPlainLinkKeepingTheHalfYear() {
        MunicipalityMap map = MunicipalityMap.of(2026, List.of()).withChoices("/dashboard/provincies/PV23",
                nl.permitholders.dashboard.HalfYear.parse("periode", "2025-H2"), MunicipalityMap.Colouring.PER_THOUSAND);
        assertThat(map.choices()).extracting(MunicipalityMap.Choice::href).containsExactly(
                "/dashboard/provincies/PV23?periode=2025-H2#kaart", "/dashboard/provincies/PV23?periode=2025-H2&kaart=inwoners#kaart");
        assertThat(map.choices()).extracting(MunicipalityMap.Choice::chosen).containsExactly(false, true);
        assertThat(map.legend().subject()).isEqualTo("de schemakleur per gemeente");
        assertThat(MunicipalityMap.Colouring.of(null)).isEqualTo(MunicipalityMap.Colouring.SCHEDULE);
        assertThat(MunicipalityMap.Colouring.of("inwoners")).isEqualTo(MunicipalityMap.Colouring.PER_THOUSAND);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MunicipalityMap.Colouring.of("<script>"))
                .isInstanceOf(jakarta.ws.rs.BadRequestException.class);
    }
}
