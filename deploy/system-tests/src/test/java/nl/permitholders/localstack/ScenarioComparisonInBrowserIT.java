package nl.permitholders.localstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.permitholders.infrastructure.LocalKeycloak;
import nl.permitholders.infrastructure.SystemStack.Service;
import nl.permitholders.infrastructure.SystemStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The comparison of scenarios (issue 71 point 3) in a real headless Chromium on the country demo: Noord-Brabant's staff
 * compare a low and a high national total for the coming half-year over their 56 municipalities, through the dashboard
 * and supervision's compareScenarios on the real register and CBS's populations; the table, its differences, the map
 * coloured by the scenario chosen, the homes per kind, the .xlsx download, and a total that is no number refused in
 * Dutch; the Rijk's comparison over the country, a row per province; an assumption supervision refuses said beside its
 * field; a scenario kept by name and thrown away again.
 */
@TheDemo
class ScenarioComparisonInBrowserIT {

    private static final String NOORD_BRABANT = "PV30";
    /** Eindhoven, in Noord-Brabant. */
    private static final String EINDHOVEN = "GM0772";

    private static LocalKeycloak keycloak;
    private static ChromeDriver browser;
    private static String dashboard;

    @BeforeAll
    static void theDemoAndABrowser(SystemStack demo, LocalKeycloak demoKeycloak) {
        keycloak = demoKeycloak;
        dashboard = demo.dashboardUrl();
        everyMunicipalityHasAPopulationForTheComparedHalfYear(demo);
        browser = DemoBrowser.start();
    }

    /**
     * R1 distributes over every municipality of the half-year's register and refuses while one has no population on its
     * reference date (1 January of the year before), as the Rijk's distribution would. Other tests on this stack
     * register municipalities of their own without one, so those get one here; the demo's keep CBS's. Then it waits
     * until supervision, which learns populations from quota.events, calculates the half-year.
     */
    private static void everyMunicipalityHasAPopulationForTheComparedHalfYear(SystemStack demo) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate firstDay = today.getMonthValue() <= 6 ? LocalDate.of(today.getYear(), 7, 1) : LocalDate.of(today.getYear() + 1, 1, 1);
        String halfYear = firstDay.getYear() + "-H" + (firstDay.getMonthValue() == 1 ? 1 : 2);
        LocalDate referenceDate = LocalDate.of(firstDay.getYear() - 1, 1, 1);
        Set<String> withoutPopulation = new TreeSet<>(everyPage(demo, "/municipalities?validOn=" + firstDay, "items.code"));
        withoutPopulation.removeAll(everyPage(demo, "/populations/" + referenceDate + "?", "items.municipalityCode"));
        if (!withoutPopulation.isEmpty()) {
            given().baseUri(demo.url(Service.QUOTA)).auth().oauth2(demo.issuer().rijk()).contentType("text/csv")
                    .body("code;name;population\n" + withoutPopulation.stream().map(code -> code + ";" + code + ";10000")
                            .collect(Collectors.joining("\n")))
                    .put("/populations/{date}", referenceDate.toString()).then().statusCode(200);
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> given()
                .baseUri(demo.url(Service.SUPERVISION)).auth().oauth2(demo.issuer().rijk()).contentType(ContentType.JSON)
                .body(Map.of("halfYears", List.of(Map.of("period", halfYear, "nationalTotal", 10_000))))
                .post("/scenario-calculations").statusCode() == 200);
    }

    /**
     * Fills the open scenario page with "laag" (10,000) and "hoog" (30,000) for its first half-year and waits for the
     * comparison, or a refusal or error page, whichever comes: a failure then says what the page said.
     *
     * @return the half-year the totals were entered for
     */
    private static String compareLowAndHigh() {
        String halfYear = firstTotalField("totaal1-").substring("totaal1-".length());
        browser.findElement(By.id("naam1")).sendKeys("laag");
        browser.findElement(By.name("totaal1-" + halfYear)).sendKeys("10000");
        browser.findElement(By.id("naam2")).sendKeys("hoog");
        browser.findElement(By.name("totaal2-" + halfYear)).sendKeys("30000");
        DemoBrowser.clickAndLeave(browser, By.cssSelector("#scenario-formulier button[type=submit]"));
        DemoBrowser.waitFor(browser).until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("vergelijking")),
                ExpectedConditions.presenceOfElementLocated(By.id("fouten")), ExpectedConditions.presenceOfElementLocated(By.id("foutmelding"))));
        assertThat(browser.findElements(By.id("vergelijking"))).as(() -> "the comparison; the page said: "
                + browser.findElement(By.tagName("body")).getText()).isNotEmpty();
        return halfYear;
    }

    private static List<String> everyPage(SystemStack demo, String path, String codes) {
        List<String> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath list = given().baseUri(demo.url(Service.QUOTA)).auth().oauth2(demo.issuer().rijk())
                    .get(path + (path.contains("?") && !path.endsWith("?") ? "&" : "") + "pageSize=100&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            all.addAll(list.getList(codes, String.class));
            if (page >= list.getLong("totalPages")) {
                return all;
            }
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noordBrabantComparesALowAndAHighTotalPerMunicipalityOnTheTableTheMapAndTheWorkbook() {
        DemoBrowser.signIn(browser, dashboard, keycloak, "noord-brabant");
        browser.get(dashboard + "/provincies/" + NOORD_BRABANT + "/scenarios");
        String halfYear = compareLowAndHigh();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Noord-Brabant");

        // A row per municipality: R1 gives each a larger share of the larger total, and the difference is the one minus the other.
        assertThat(browser.findElements(By.cssSelector("#vergelijking tbody tr[data-key]"))).hasSize(56);
        List<String> eindhoven = DemoBrowser.cellTexts(browser.findElement(By.cssSelector("#vergelijking tr[data-key='" + EINDHOVEN + "']")));
        int low = number(eindhoven.get(2));
        int high = number(eindhoven.get(6));
        assertThat(high).isGreaterThan(low).isPositive();
        assertThat(number(eindhoven.get(10))).isEqualTo(high - low);

        // The map: the 56 municipalities coloured by the first scenario, and by the second when chosen.
        assertThat(browser.findElements(By.cssSelector(".kaart-svg a.gebied"))).hasSize(56)
                .extracting(area -> area.getAttribute("data-kleur")).allSatisfy(colour -> assertThat(colour).isIn("groen", "oranje", "rood"));
        assertThat(browser.findElement(By.id("kaart-kop")).getText()).endsWith("in laag");
        DemoBrowser.clickAndLeave(browser, By.linkText("hoog"));
        DemoBrowser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("kaart-kop"), "in hoog"));
        List<String> violations = DemoBrowser.accessibilityViolations(browser, "the comparison of scenarios");

        // The homes per kind, a row per municipality; and the assumptions' fields showing supervision's defaults.
        assertThat(browser.findElements(By.cssSelector("#woningen tbody tr[data-key]"))).hasSize(56);
        assertThat(browser.findElement(By.id("tempomaanden")).getAttribute("placeholder")).isEqualTo("6");
        assertThat(browser.findElement(By.id("tempomaanden-uitleg")).getText()).endsWith("standaard 6.");

        // The workbook of the same comparison.
        String download = browser.findElement(By.id("download-xlsx")).getAttribute("href");
        Object answer = browser.executeAsyncScript("const done = arguments[arguments.length - 1]; fetch(arguments[0])"
                + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))", download);
        assertThat(answer).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // A total that is no number, in an otherwise valid form: said in Dutch above the form, never as JSON.
        browser.get(dashboard + "/provincies/" + NOORD_BRABANT + "/scenarios?naam1=laag&totaal1-" + halfYear + "=tienduizend&totaal2-"
                + halfYear + "=30000");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Scenario 1 (laag)",
                "het landelijk totaal moet een heel getal van 0 tot en met 1.000.000 zijn");
        assertThat(browser.getPageSource()).doesNotContain("invalidParams");
        assertThat(violations).as("WCAG 2.1 A and AA violations found by axe-core").isEmpty();
    }

    /**
     * The Rijk's national view: the same two totals over the whole country, a row per province with the country as totals,
     * the map of every municipality, and a province's row leading to that province's comparison of the same scenarios.
     */
    @Test
    void theRijkComparesTheCountryPerProvinceOnTheTableAndTheMapAndOpensAProvince() {
        DemoBrowser.signIn(browser, dashboard, keycloak, "rijk");
        browser.get(dashboard + "/nederland/scenarios");
        compareLowAndHigh();

        // A row per province (the demo's twelve among those other tests registered); the country's row sums them.
        List<List<String>> provinces = browser.findElements(By.cssSelector("#vergelijking tbody tr[data-key]")).stream()
                .map(DemoBrowser::cellTexts).toList();
        assertThat(browser.findElements(By.cssSelector("#vergelijking tbody tr[data-key^='PV']"))).hasSizeGreaterThanOrEqualTo(12);
        List<String> country = DemoBrowser.cellTexts(browser.findElement(By.cssSelector("#vergelijking tfoot tr")));
        assertThat(number(country.get(1))).isEqualTo(provinces.stream().mapToInt(row -> numberOrNothing(row.get(1))).sum()).isPositive();
        assertThat(number(country.get(5))).isEqualTo(provinces.stream().mapToInt(row -> numberOrNothing(row.get(5))).sum())
                .isGreaterThan(number(country.get(1)));
        List<String> brabant = DemoBrowser.cellTexts(browser.findElement(By.cssSelector("#vergelijking tr[data-key='" + NOORD_BRABANT + "']")));
        assertThat(brabant.get(0)).isEqualTo("Noord-Brabant");
        assertThat(number(brabant.get(9))).isEqualTo(number(brabant.get(5)) - number(brabant.get(1))).isPositive();

        // The map: every municipality of the country with a boundary (342 in CBS's latest, less any merged by then),
        // coloured by the scenario chosen.
        assertThat(browser.findElements(By.cssSelector(".kaart-svg a.gebied"))).hasSizeGreaterThanOrEqualTo(340)
                .extracting(area -> area.getAttribute("data-kleur")).allSatisfy(colour -> assertThat(colour).isIn("groen", "oranje", "rood"));
        assertThat(browser.findElements(By.cssSelector(".kaart-svg a.gebied[data-key='" + EINDHOVEN + "']"))).hasSize(1);
        DemoBrowser.clickAndLeave(browser, By.linkText("hoog"));
        DemoBrowser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("kaart-kop"), "in hoog"));
        List<String> violations = DemoBrowser.accessibilityViolations(browser, "the national comparison of scenarios");

        // Noord-Brabant's row opens its comparison of the same scenarios, with the same figures for the province.
        DemoBrowser.clickAndLeave(browser, By.cssSelector("#vergelijking tr[data-key='" + NOORD_BRABANT + "'] th a"));
        DemoBrowser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vergelijking tfoot tr")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Noord-Brabant");
        assertThat(browser.findElements(By.cssSelector("#vergelijking tbody tr[data-key]"))).hasSize(56);
        List<String> brabantTotals = DemoBrowser.cellTexts(browser.findElement(By.cssSelector("#vergelijking tfoot tr")));
        assertThat(number(brabantTotals.get(2))).isEqualTo(number(brabant.get(1)));
        assertThat(number(brabantTotals.get(6))).isEqualTo(number(brabant.get(5)));
        assertThat(violations).as("WCAG 2.1 A and AA violations found by axe-core").isEmpty();
    }

    /**
     * Supervision judges an assumption's range: 30 months of pace is refused by compareScenarios and said in Dutch beside
     * the field, the form keeping what was typed. Then the province's staff keep a scenario by name and throw it away.
     */
    @Test
    void anAssumptionSupervisionRefusesIsSaidBesideItsFieldAndAKeptScenarioIsThrownAway() {
        DemoBrowser.signIn(browser, dashboard, keycloak, "noord-brabant");
        browser.get(dashboard + "/provincies/" + NOORD_BRABANT + "/scenarios");
        String halfYear = firstTotalField("totaal1-").substring("totaal1-".length());
        browser.findElement(By.name("totaal1-" + halfYear)).sendKeys("10000");
        browser.findElement(By.id("tempomaanden")).sendKeys("30");
        DemoBrowser.clickAndLeave(browser, By.cssSelector("#scenario-formulier button[type=submit]"));
        DemoBrowser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("tempomaanden-fout")));
        assertThat(browser.findElement(By.id("tempomaanden-fout")).getText()).isEqualTo("Maanden van het huidige tempo: mag ten hoogste 24 zijn.");
        assertThat(browser.findElement(By.id("tempomaanden")).getAttribute("value")).isEqualTo("30");
        assertThat(browser.findElement(By.name("totaal1-" + halfYear)).getAttribute("value")).isEqualTo("10000");
        assertThat(browser.getPageSource()).doesNotContain("invalidParams").doesNotContain("less than");

        String name = "browser-" + System.currentTimeMillis();
        browser.findElement(By.id("tempomaanden")).clear();
        browser.findElement(By.id("tempomaanden")).sendKeys("3");
        DemoBrowser.clickAndLeave(browser, By.cssSelector("#scenario-formulier button[type=submit]"));
        DemoBrowser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("bewaren")));
        browser.findElement(By.id("bewaarnaam")).sendKeys(name);
        DemoBrowser.clickAndLeave(browser, By.cssSelector("#bewaren button[type=submit]"));
        DemoBrowser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("bewaard"), "Bewaard als " + name));
        browser.findElement(By.id("weggooien-" + name)).click();
        DemoBrowser.clickAndLeave(browser, By.cssSelector("#weggooien-" + name + " ~ button[type=submit]"));
        DemoBrowser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("bewaard"),
                "Het bewaarde scenario " + name + " is weggegooid."));
        assertThat(browser.findElements(By.id("weggooien-" + name))).isEmpty();
    }

    /** The name of the first national total field the form offers for the scenario whose fields start with {@code prefix}. */
    private static String firstTotalField(String prefix) {
        return browser.findElements(By.cssSelector("#scenario-formulier input[name^='" + prefix + "']")).stream()
                .map(input -> input.getAttribute("name")).skip(1).findFirst().orElseThrow();
    }

    private static int number(String dutch) {
        return Integer.parseInt(dutch.replace(".", ""));
    }

    /** A province another test registered may have no figure in a scenario: its cell is empty and adds nothing. */
    private static int numberOrNothing(String dutch) {
        return dutch.isEmpty() ? 0 : number(dutch);
    }
}
