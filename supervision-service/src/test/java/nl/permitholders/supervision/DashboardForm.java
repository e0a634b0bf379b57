package nl.permitholders.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard page's forms as a browser posts them (quarkus-rest-csrf): with the CSRF token the page put in its forms
 * and the cookie it set.
 *
 * @param formToken   the token in the page's forms
 * @param cookieToken the token in the cookie the page set
 */
public record DashboardForm(String formToken, String cookieToken) {

    public static final String CSRF_COOKIE = "dashboard-formulier-token";
    public static final String CSRF_FIELD = "formulier-token";

    private static final Pattern TOKEN_FIELD = Pattern.compile("name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\"");

    /** The tokens of the page {@code opened} (200); the test fails when its forms carry none. */
    public static DashboardForm of(Response opened) {
        Matcher field = TOKEN_FIELD.matcher(opened.then().statusCode(200).extract().asString());
        assertThat(field.find()).as("the form carries its CSRF token").isTrue();
        return new DashboardForm(field.group(1), opened.getCookie(CSRF_COOKIE));
    }

    /**
     * {@code request} as a browser posts a form: not following the redirect, the fields URL-encoded, with the form's
     * token and the cookie, each left out when null.
     */
    public static RequestSpecification posted(RequestSpecification request, String formToken, String cookieToken) {
        RequestSpecification post = request.redirects().follow(false).contentType("application/x-www-form-urlencoded");
        if (formToken != null) {
            post = post.formParam(CSRF_FIELD, formToken);
        }
        return cookieToken == null ? post : post.cookie(CSRF_COOKIE, cookieToken);
    }
}
