package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.permitholders.infrastructure.LocalKeycloak;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Rijk's page of the whole country in a real headless Chromium, on the country demo of deploy/local/run: signed in
 * as the Rijk, all 12 provinces with figures, the country per half-year beside the national series as the Rijk
 * published it, the map with all 342 municipalities coloured, and a click on a province or a municipality leading to
 * its page; signed in as Noord-Brabant's staff, the largest province's own overview with its 56 municipalities.
 */
@TheDemo
class CountryPageInBrowserIT {

    private static final String NOORD_BRABANT = "PV30";
    /** Eindhoven, in Noord-Brabant. */
    private static final String EINDHOVEN = "GM0772";
    /** Haaren, in Noord-Brabant until it was split on 1 January 2021. */
    private static final String HAAREN = "GM0788";

    private static LocalKeycloak keycloak;
    private static ChromeDriver browser;
    private static String dashboard;

    @BeforeAll
    static void theDemoAndABrowser(SystemStack demo, LocalKeycloak demoKeycloak) {
        keycloak = demoKeycloak;
        dashboard = demo.dashboardUrl();
        browser = DemoBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theRijkSeesTheWholeCountryWithThePublishedSeriesAndTheMapOfAll342AndGoesOnToAProvinceAndAMunicipality() {
        signIn("rijk");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nederland: provincies in het"));
        browser.get(dashboard + "/nederland?periode=2024-H1");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "1e halfjaar 2024"));

        // Every province with its municipalities and figures: CBS's twelve (PV20-PV31), beside the provinces of their own
        // (PV88-PV99) that other tests on this stack register.
        List<WebElement> provinces = browser.findElements(By.cssSelector("#provincies tbody tr[data-key]")).stream()
                .filter(row -> row.getAttribute("data-key").matches("PV(2\\d|3[01])")).toList();
        assertThat(provinces).hasSize(12);
        assertThat(provinces).allSatisfy(province -> {
            List<String> cells = cellTexts(province);
            assertThat(Integer.parseInt(cells.get(1))).as(cells.get(0)).isPositive();
            assertThat(Integer.parseInt(cells.get(3).replace(".", ""))).as(cells.get(0) + ": housed").isPositive();
        });
        // 342 municipalities, and two the dashboard's browser test registers beside them when it ran first on this stack.
        List<String> country = cellTexts(browser.findElement(By.cssSelector("#provincies tfoot tr")));
        assertThat(country.get(0)).isEqualTo("Nederland");
        assertThat(Integer.parseInt(country.get(1))).isGreaterThanOrEqualTo(342);
        // The country's figures are the twelve provinces' together (the tests' own provinces may add to the footer).
        assertThat(List.of(column(provinces, 2), column(provinces, 3))).containsExactly(25_315, 14_271);
        assertThat(Integer.parseInt(country.get(3).replace(".", ""))).isGreaterThanOrEqualTo(14_271);

        // The country per half-year by the system's own arithmetic, and below it the national series as published.
        // Its 2024-I row counts what the provinces' table counts (with the tests' own provinces, as the footer does).
        assertThat(cellTexts(browser.findElement(By.cssSelector("#halfjaren tr[data-key='2024-H1']"))).get(3)).isEqualTo(country.get(3));
        assertThat(cellTexts(browser.findElement(By.cssSelector("#landelijke-reeks thead tr")))).containsExactly("Halfjaar",
                "Taakstelling", "Taakstelling inclusief achterstand of voorsprong", "Gehuisvest", "Stand einde halfjaar");
        assertThat(browser.findElements(By.cssSelector("#landelijke-reeks tbody tr[data-key]"))).hasSize(9);
        assertThat(cellTexts(browser.findElement(By.cssSelector("#landelijke-reeks tr[data-key='2023-H1']"))))
                .containsExactly("1e halfjaar 2023", "21.200", "19.418", "14.296", "-5.122");
        assertThat(cellTexts(browser.findElement(By.cssSelector("#landelijke-reeks tr[data-key='2022-H2']"))))
                .containsExactly("2e halfjaar 2022", "13.500", "15.333", "17.126", "1.793");
        assertThat(browser.getPageSource()).contains("2024Z12156");

        // The map: all 342 of CBS's municipalities, each coloured by its schedule.
        List<WebElement> areas = browser.findElements(By.cssSelector(".kaart-svg a.gebied"));
        assertThat(areas).extracting(area -> area.getAttribute("data-key")).containsExactlyInAnyOrderElementsOf(
                DemoFigures.load().municipalities.keySet());
        assertThat(areas).extracting(area -> area.getAttribute("data-kleur")).allSatisfy(colour ->
                assertThat(colour).isIn("groen", "oranje", "rood"));
        List<String> violations = accessibilityViolations("the national page of the whole country");

        // A municipality on the map leads to its page.
        DemoBrowser.leaving(browser, () -> new Actions(browser)
                .moveToElement(browser.findElement(By.cssSelector(".kaart-svg a.gebied[data-key='" + EINDHOVEN + "'] path"))).click().perform());
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Eindhoven in het"));

        // A province in the table leads to its overview.
        browser.get(dashboard + "/nederland?periode=2024-H1");
        DemoBrowser.leaving(browser, () -> browser.findElement(By.cssSelector("#provincies tr[data-key='" + NOORD_BRABANT + "']"))
                .findElement(By.linkText("Noord-Brabant")).click());
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Noord-Brabant: gemeenten in het"));
        assertThat(browser.findElements(By.cssSelector("#overzicht tbody tr[data-key]"))).hasSize(56);
        assertThat(violations).as("WCAG 2.1 A and AA violations found by axe-core").isEmpty();
    }

    @Test
    void noordBrabantsStaffSeeTheirOwn56MunicipalitiesOnTheirMapAndNotTheCountry() {
        signIn("noord-brabant");
        waitFor().until(ExpectedConditions.urlContains("/dashboard/provincies/" + NOORD_BRABANT));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Noord-Brabant: gemeenten in het"));
        assertThat(browser.findElements(By.cssSelector("#overzicht tbody tr[data-key]"))).hasSize(56);
        assertThat(browser.findElements(By.cssSelector(".kaart-svg a.gebied"))).hasSize(56);
        assertThat(browser.findElement(By.cssSelector("#overzicht tr[data-key='" + EINDHOVEN + "']")).getText()).startsWith("Eindhoven");
        browser.get(dashboard + "/nederland");
        assertThat(browser.findElements(By.id("provincies"))).isEmpty();
    }

    /**
     * Haaren (GM0788) was split over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021, as the demo replays CBS's
     * reorganisations: its page of 2021-I is supervision's 410, said in Dutch by name with a link to each successor's page
     * of that half-year and to its own last half-year; its page of 2020-II is its own, saying at the top when it ended and
     * over whom, offering only its own half-years and no form.
     */
    @Test
    void anEndedMunicipalitysPageOfAHalfYearAfterItsEndLeadsToEachSuccessorsPage() {
        signIn("noord-brabant");
        waitFor().until(ExpectedConditions.urlContains("/dashboard/provincies/" + NOORD_BRABANT));
        browser.get(dashboard + "/gemeenten/" + HAAREN + "?periode=2021-H1");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Deze gemeente bestond in dit halfjaar niet meer"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Opgeheven op 1 januari 2021.",
                "Haaren is op 1 januari 2021 gesplitst over", "Boxtel", "Oisterwijk", "Tilburg", "Vught", "Foutcode 410 (Gone)");
        List<String> successorsPages = List.of(dashboard + "/gemeenten/GM0757?periode=2021-H1", dashboard + "/gemeenten/GM0824?periode=2021-H1",
                dashboard + "/gemeenten/GM0855?periode=2021-H1", dashboard + "/gemeenten/GM0865?periode=2021-H1");
        List<String> waysOn = new java.util.ArrayList<>(successorsPages);
        waysOn.addAll(List.of(dashboard + "/gemeenten/" + HAAREN + "?periode=2020-H2", dashboard));
        assertThat(browser.findElements(By.cssSelector("ul.ways-on a"))).extracting(link -> link.getAttribute("href"))
                .containsExactlyInAnyOrderElementsOf(waysOn);
        List<String> violations = new java.util.ArrayList<>(accessibilityViolations("an ended municipality's page"));
        DemoBrowser.clickAndLeave(browser, By.linkText("Naar Vught, 1e halfjaar 2021"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Vught in het 1e halfjaar 2021"));

        browser.get(dashboard + "/gemeenten/" + HAAREN + "?periode=2020-H2");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Haaren in het 2e halfjaar 2020"));
        assertThat(browser.findElement(By.id("opgeheven-kop")).getText()).isEqualTo("Opgeheven op 1 januari 2021");
        assertThat(browser.findElement(By.id("opgeheven-wat")).getText()).startsWith("Haaren is op 1 januari 2021 gesplitst over");
        assertThat(browser.findElements(By.cssSelector("#opgeheven a.opvolger"))).extracting(link -> link.getAttribute("href"))
                .containsExactlyInAnyOrderElementsOf(successorsPages);
        assertThat(browser.findElement(By.id("geen-formulieren")).getText()).startsWith("Omdat Haaren niet meer bestaat");
        // Province staff see no decision, regime or verdict form on it: no form posts anything.
        assertThat(browser.findElements(By.cssSelector("main form[method='post']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("select#periode option"))).extracting(option -> option.getAttribute("value"))
                .first().isEqualTo("2020-H2");
        assertThat(browser.findElements(By.cssSelector("select#periode option"))).extracting(option -> option.getAttribute("value"))
                .allSatisfy(period -> assertThat(period).isLessThanOrEqualTo("2020-H2"));
        violations.addAll(accessibilityViolations("an ended municipality's own half-year"));
        assertThat(violations).as("WCAG 2.1 A and AA violations found by axe-core").isEmpty();
    }

    private static void signIn(String user) {
        DemoBrowser.signIn(browser, dashboard, keycloak, user);
    }

    private static List<String> accessibilityViolations(String page) {
        return DemoBrowser.accessibilityViolations(browser, page);
    }

    private static WebDriverWait waitFor() {
        return DemoBrowser.waitFor(browser);
    }

    private static List<String> cellTexts(WebElement row) {
        return DemoBrowser.cellTexts(row);
    }

    /** The sum of one column of the rows, its numbers written the Dutch way. */
    private static int column(List<WebElement> rows, int index) {
        return rows.stream().mapToInt(row -> Integer.parseInt(cellTexts(row).get(index).replace(".", ""))).sum();
    }
}
