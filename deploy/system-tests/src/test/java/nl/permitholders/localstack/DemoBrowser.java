package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.LocalKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The headless Chromium of the demo's page tests: started, signed in as a demo user on Keycloak's page, checked by axe-core. */
final class DemoBrowser {

    static final Duration WAIT = Duration.ofSeconds(60);

    private DemoBrowser() {
    }

    /** The system's Chromium and driver, headless, in Dutch. */
    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
        return browser;
    }

    /** Opens {@code dashboard} signed out and signs in as {@code user} on Keycloak's own login page. */
    static void signIn(ChromeDriver browser, String dashboard, LocalKeycloak keycloak, String user) {
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.get(dashboard);
        waitFor(browser).until(ExpectedConditions.urlContains(keycloak.issuer() + "/protocol/openid-connect/auth"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(LocalKeycloak.USER_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        waitFor(browser).until(ExpectedConditions.urlContains(dashboard));
    }

    /** What axe-core finds against WCAG 2.1 A and AA on the page shown, each named with {@code page}. */
    static List<String> accessibilityViolations(ChromeDriver browser, String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran on %s: %s", page, results.getErrorMessage()).isFalse();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add("%s: %s (%s) %s at %s".formatted(page, rule.getId(), rule.getImpact(), rule.getHelp(), node.getTarget()));
            }
        }
        return found;
    }

    static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }

    /**
     * Clicks what leads to another page (a link, a form's button: {@code click}) and waits until the browser has left
     * the page it was on, so that what the test reads next is the new page: the page before may hold the same element
     * (a heading, an earlier form's message), and while it is torn down chromedriver answers a look-up in it with an
     * inspector error ("Node with given id does not belong to the document") rather than a stale reference.
     */
    static void leaving(ChromeDriver browser, Runnable click) {
        WebElement before = browser.findElement(By.tagName("html"));
        click.run();
        waitFor(browser).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(before));
    }

    /** {@link #leaving} by a click on the element {@code by} finds. */
    static void clickAndLeave(ChromeDriver browser, By by) {
        leaving(browser, () -> browser.findElement(by).click());
    }

    static List<String> cellTexts(WebElement row) {
        return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
