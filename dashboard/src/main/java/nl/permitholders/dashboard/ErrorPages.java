package nl.permitholders.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.dashboard.api.Lifespan;
import nl.permitholders.dashboard.api.Refusal;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A person never sees raw JSON or a stack trace where they expected a page: every failure is a Dutch page in the
 * dashboard's frame, with its status and a way on. A service's refusal keeps its status (403 when the person may not
 * see what the page shows, 404 when nothing is known yet, 400 and 409 for a refused form); a service that cannot be
 * reached or answers too late is 503, "try again".
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private static final String ENDED_TITLE = "Deze gemeente bestond in dit halfjaar niet meer";

    /** A successor's figures of a half-year as supervision's API addresses them. */
    private static final Pattern SUCCESSOR_FIGURES = Pattern.compile(".*/municipalities/(GM\\d{4})/periods/(\\d{4}-H[12])");

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

    /** A refusal: the dashboard's own (400, 404) or a service's, whose status it keeps. */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.warnf("%s answered %d for %s", "a service", status, uri.getPath());
        }
        if (status == 410) {
            Refusal refusal = e instanceof Refusal r ? r : null;
            return page(410, ended(uri.getPath(), refusal == null ? List.of() : refusal.successors(),
                    refusal == null ? null : refusal.lifespan()));
        }
        return page(status >= 500 ? 503 : status, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return page(403, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response signedOut(RuntimeException e, UriInfo uri) {
        return page(401, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ValidationException e, UriInfo uri) {
        return page(400, uri);
    }

    /** A service that could not be reached, or not in time: the rest of the system may be fine, so "try again". */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        LOG.warnf("a service could not be reached for %s: %s", uri.getPath(), e.toString());
        return page(503, uri);
    }

    @ServerExceptionMapper
    public Response failed(Exception e, UriInfo uri) {
        if (causedBy(e, ConnectException.class) || causedBy(e, TimeoutException.class)) {
            return unreachable(new ProcessingException(e), uri);
        }
        LOG.errorf(e, "the page %s failed", uri.getPath());
        return page(500, uri);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Response page(int status, UriInfo uri) {
        String again = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return page(status, page(status, uri.getPath(), again));
    }

    private static Response page(int status, ErrorPage page) {
        return Response.status(status).entity(Templates.error(page).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * A municipality's half-year from the one it ended in on (merged into another or split over others, R3): its figures
     * are its successors', so the page says so and leads to each successor's page of the half-year it ended in. What it
     * became is said from its {@code lifespan} (getMunicipalityLifespan: the date, merged or split, the successors'
     * names) and leads to its own last half-year as well; without one (that call failed), from supervision's answer
     * (410) alone, whose {@code successors} are their figures' addresses in supervision's API.
     */
    static ErrorPage ended(String path, List<String> successors, Lifespan lifespan) {
        Optional<EndedMunicipality> ended = EndedMunicipality.of(lifespan);
        if (ended.isPresent() && !ended.get().successors().isEmpty()) {
            return ended(ended.get(), lifespan.municipalityCode());
        }
        String[] parts = path.split("/");
        String municipality = parts.length >= 4 && "gemeenten".equals(parts[2]) ? "Gemeente " + parts[3] : "Deze gemeente";
        List<WayOn> waysOn = new ArrayList<>();
        for (String successor : successors) {
            Matcher figures = SUCCESSOR_FIGURES.matcher(successor);
            if (figures.matches()) {
                String period = figures.group(2);
                waysOn.add(new WayOn("/dashboard/gemeenten/" + figures.group(1) + "?periode=" + period,
                        "Naar gemeente " + figures.group(1) + ", " + HalfYear.parse("periode", period).dutch()));
            }
        }
        waysOn.add(new WayOn("/dashboard", "Naar uw startpagina"));
        return new ErrorPage(ENDED_TITLE,
                municipality + " is samengevoegd met een andere gemeente of gesplitst vóór of in dit halfjaar. De cijfers van dit "
                        + "halfjaar zijn die van de gemeente" + (successors.size() > 1 ? "n" : "") + " waarin zij is opgegaan; "
                        + "haar eigen halfjaren staan op haar pagina van een eerder halfjaar.",
                waysOn, "Foutcode 410 (Gone)", true);
    }

    private static ErrorPage ended(EndedMunicipality ended, String code) {
        List<WayOn> waysOn = new ArrayList<>();
        ended.successors().forEach(s -> waysOn.add(new WayOn(s.href(), "Naar " + s.name() + ", " + ended.effectivePeriod().dutch())));
        if (ended.lastPeriod() != null) {
            waysOn.add(new WayOn("/dashboard/gemeenten/" + code + "?periode=" + ended.lastPeriod(),
                    "Naar " + ended.name() + ", " + ended.lastPeriod().dutch() + " (haar laatste eigen halfjaar)"));
        }
        waysOn.add(new WayOn("/dashboard", "Naar uw startpagina"));
        String own = ended.lastPeriod() == null ? "" : " Haar eigen halfjaren (" + ended.ownPeriods() + ") staan op haar eigen pagina.";
        return new ErrorPage(ENDED_TITLE, "Opgeheven op " + ended.on() + ". " + ended.sentence() + " Vanaf het "
                + ended.effectivePeriod().dutch() + " zijn haar cijfers die van " + ended.successorNames() + "." + own,
                waysOn, "Foutcode 410 (Gone)", true);
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
            case 410 -> "Gone";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Client Error";
        };
    }
}
