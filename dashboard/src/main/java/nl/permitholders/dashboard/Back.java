package nl.permitholders.dashboard;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;

/**
 * Where a form sends the browser back to (303): its page, ready for a query parameter ("...?" or "...&"), and the part
 * of the page the form is on. The page says in Dutch what a form's error code or outcome means.
 *
 * @param page   the page's address, ending in "?" or "&"
 * @param anchor the part of the page to return to; none for the top
 */
public record Back(String page, String anchor) {

    public static Back to(String page) {
        return new Back(page, null);
    }

    /** The same page, at the form's part of it. */
    public Back at(String anchor) {
        return new Back(page, anchor);
    }

    /** Back with the form's error code: nothing was recorded. */
    public Response refusal(String error) {
        return with("fout=" + error);
    }

    /** {@link #refusal} for a form refused before anything is asked of a service. */
    public Uni<Response> refused(String error) {
        return Uni.createFrom().item(refusal(error));
    }

    /** Back with a query parameter that says how the form went. */
    public Response with(String parameter) {
        return Pages.seeOther(page + parameter + (anchor == null ? "" : "#" + anchor));
    }
}
