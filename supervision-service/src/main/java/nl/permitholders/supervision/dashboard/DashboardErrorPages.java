package nl.permitholders.supervision.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.permitholders.platform.api.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A person never sees raw JSON where they expected a page: every failure on a dashboard path, which the platform's
 * mappers answer with problem+json, is answered with a Dutch page in the dashboard's frame instead, with the same
 * status and a way on, whenever the caller accepts HTML (a browser always does). The API, and a script calling a
 * dashboard address without asking for HTML, keep problem+json.
 */
public class DashboardErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorPage page);
    }

    /** What the page says: a title, why, where to go from here, and the status for the helpdesk. */
    public record ErrorPage(String title, String explanation, List<WayOn> waysOn, String code, boolean signedIn) {
    }

    /** A link onward from an error page. */
    public record WayOn(String href, String label) {
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        MediaType type = response.getMediaType();
        if (!Dashboard.onDashboard(path) || response.getStatus() < 400 || type == null
                || !Problem.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype()) || !acceptsHtml(request)) {
            return;
        }
        String again = request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() == null ? "" : "?" + request.getUriInfo().getRequestUri().getRawQuery());
        response.setEntity(Templates.error(page(response.getStatus(), path, again)).render(), null,
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** Whether the caller asked for HTML, as a browser does for every page, download link and form. */
    static boolean acceptsHtml(ContainerRequestContext request) {
        return request.getAcceptableMediaTypes().stream()
                .anyMatch(accepted -> "text".equals(accepted.getType()) && "html".equals(accepted.getSubtype()));
    }

    /** The page for a failure with {@code status} on the dashboard's {@code path}; {@code again} is the address to retry. */
    static ErrorPage page(int status, String path, String again) {
        WayOn start = new WayOn("/dashboard", "Naar uw startpagina");
        String code = "Foutcode " + status + " (" + reason(status) + ")";
        return switch (status) {
            case 401 -> new ErrorPage("U bent niet aangemeld",
                    "U bent afgemeld of uw sessie is verlopen. Meld u opnieuw aan om verder te gaan.",
                    List.of(new WayOn("/dashboard", "Aanmelden")), code, false);
            case 403 -> new ErrorPage("Deze pagina is niet voor u",
                    "Uw account geeft geen toegang tot deze pagina: zij hoort bij een andere provincie of gemeente, of bij een "
                            + "taak die uw rol niet heeft. Denkt u dat dit niet klopt? Vraag dan uw beheerder om de juiste rechten.",
                    List.of(start), code, true);
            case 404 -> notKnownYet(path, start, code);
            case 400, 409, 413, 415 -> new ErrorPage("Dit kon niet worden verwerkt",
                    "Het adres of het formulier bevat iets wat niet klopt of wat niet (meer) kan. Er is niets vastgelegd. "
                            + "Ga terug en probeer het opnieuw.",
                    List.of(start), code, true);
            case 503 -> new ErrorPage("Het is even te druk",
                    "De dienst kan dit nu niet afhandelen. Probeer het over een paar seconden opnieuw; iets wat u vastlegde is "
                            + "alleen bewaard als u het daarna terugziet.",
                    List.of(new WayOn(again, "Probeer het opnieuw"), start), code, true);
            default -> new ErrorPage("Er ging iets mis",
                    "Deze pagina kon niet worden gemaakt; de fout is vastgelegd voor de beheerders. Er is niets gewijzigd, "
                            + "tenzij u het daarna terugziet.",
                    List.of(new WayOn(again, "Probeer het opnieuw"), start), code, true);
        };
    }

    private static ErrorPage notKnownYet(String path, WayOn start, String code) {
        String[] parts = path.split("/");
        // /dashboard/provincies/{code}: a province whose municipalities have not reached the projection yet.
        if (parts.length == 4 && "provincies".equals(parts[2])) {
            String province = parts[3];
            return new ErrorPage("Over deze provincie is nog niets bekend",
                    "Over provincie " + province + " zijn nog geen gemeenten, taakstellingen of koppelingen binnengekomen. Zodra "
                            + "die er zijn, staat het overzicht hier.",
                    List.of(new WayOn("/dashboard/provincies/" + province + "/afstemming-coa", "Standen van het COA inlezen en afstemmen"),
                            new WayOn("/dashboard/provincies/" + province + "/uitruil", "Uitruil tussen gemeenten")), code, true);
        }
        if (parts.length >= 4 && "gemeenten".equals(parts[2])) {
            return new ErrorPage("Over deze gemeente is nog niets bekend",
                    "Over gemeente " + parts[3] + " is (voor dit halfjaar) nog niets binnengekomen, of dit onderdeel bestaat niet.",
                    List.of(start), code, true);
        }
        return new ErrorPage("Deze pagina bestaat niet",
                "Op dit adres staat (nog) niets. Misschien is de link verouderd of is er een typefout gemaakt.", List.of(start), code, true);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Client Error";
        };
    }
}
