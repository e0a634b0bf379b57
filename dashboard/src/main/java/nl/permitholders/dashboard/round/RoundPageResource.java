package nl.permitholders.dashboard.round;

import static nl.permitholders.dashboard.FormFields.choice;
import static nl.permitholders.dashboard.FormFields.said;
import static nl.permitholders.dashboard.Pages.PDF;
import static nl.permitholders.dashboard.Pages.PERIODS_BACK;
import static nl.permitholders.dashboard.Pages.ZIP;
import static nl.permitholders.dashboard.Pages.download;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.dashboard.Back;
import nl.permitholders.dashboard.FormFields;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Viewer;
import nl.permitholders.dashboard.api.ProvinceLetters;
import nl.permitholders.dashboard.api.ProvinceLetters.LetterState;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.SupervisionClient;
import nl.permitholders.display.DutchFormat;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * A province's supervision round at a deadline: the state of every municipality's judgement letter
 * (listProvinceLetters), the letters as downloads (getLetter: one, or all in a zip), and the form to record a letter's
 * state (recordLetterState), each in the signed-in person's name.
 */
@Path("/dashboard")
@Authenticated
public class RoundPageResource {

    // The Dutch message for each error code the form sends back to the page; an unknown code shows none.
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("staat", "Kies een staat van de brief."),
            Map.entry("volgorde", "Een brief wordt pas verzonden als hij is nagekeken, en een verzonden brief blijft verzonden."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance round(RoundPage page);
    }

    @Inject
    @RestClient
    SupervisionClient supervision;
    @Inject
    Viewer viewer;

    @GET
    @Path("/provincies/{code}/toezichtronde")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> round(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code,
                                       @QueryParam("peildatum") String deadlineText, @QueryParam("staat") String recorded,
                                       @QueryParam("fout") String error) {
        LocalDate deadline = roundDeadline(deadlineText);
        return supervision.provinceLetters(code, deadline.toString(), viewer.bearer())
                .map(round -> Templates.round(new RoundPage(code, round.provinceName() == null ? code : round.provinceName(),
                        deadline.toString(), DutchFormat.date(deadline), deadlineChoices(deadline),
                        round.letters().stream().map(RoundPage::line).toList(), viewer.provinceStaff(),
                        "vastgelegd".equals(recorded) ? "De staat van de brief is vastgelegd." : null, said(ERRORS, error),
                        DutchFormat.date(viewer.today()))));
    }

    @RolesAllowed(Viewer.PROVINCE)
    @GET
    @Path("/provincies/{code}/toezichtronde/brieven.zip")
    @Produces(ZIP)
    public RestMulti<byte[]> roundLetters(@PathParam("code") @Pattern(regexp = "PV\\d{2}") String code,
                                          @QueryParam("peildatum") String deadlineText) {
        String deadline = roundDeadline(deadlineText).toString();
        String bearer = viewer.bearer();
        Uni<List<String>> towns = supervision.provinceLetters(code, deadline, bearer)
                .map(round -> round.letters().stream().map(ProvinceLetters.Letter::municipalityCode).toList());
        // The letters one after the other: the zip is written while they come, one letter in memory at a time.
        return RestMulti.fromUniResponse(towns, codes -> StreamedZip.of(Multi.createFrom().iterable(codes)
                        .onItem().transformToUniAndConcatenate(town -> supervision.letter(town, deadline, bearer)
                                .map(pdf -> new StreamedZip.Entry(letterFileName(town, deadline), pdf)))),
                codes -> Map.of("Content-Disposition", List.of("attachment; filename=\"brieven-" + code + "-" + deadline + ".zip\"")));
    }

    /** The judgement letter as supervision's getLetter gives it (the concept, or the letter as sent), as a download. */
    @RolesAllowed(Viewer.PROVINCE)
    @GET
    @Path("/gemeenten/{code}/brieven/{deadline}")
    @Produces(PDF)
    public Uni<Response> letter(@PathParam("code") @Pattern(regexp = "GM\\d{4}") String code,
                                @PathParam("deadline") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String deadline) {
        return supervision.letter(code, deadline, viewer.bearer()).map(pdf -> download(pdf, PDF, letterFileName(code, deadline)));
    }

    @RolesAllowed(Viewer.PROVINCE)
    @POST
    @Path("/gemeenten/{code}/brieven/{deadline}/staten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> recordLetterState(@PathParam("code") @Pattern(regexp = "GM\\d{4}") String code,
                                           @PathParam("deadline") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String deadline,
                                           @FormParam("staat") String stateText) {
        // Province staff record only their own province's letters: supervision refuses another's (403).
        Back back = Back.to("/dashboard/provincies/" + viewer.ownProvince().orElse("") + "/toezichtronde?peildatum=" + deadline + "&")
                .at("brief-" + code);
        Optional<LetterState> state = choice(LetterState.class, stateText);
        if (state.isEmpty()) {
            return back.refused("staat");
        }
        return supervision.recordLetterState(code, deadline, viewer.bearer(), Map.of("state", state.get().name()))
                .map(recorded -> back.with("staat=vastgelegd"))
                .onFailure(e -> Refusal.statusOf(e) == 400 && "state".equals(Refusal.fieldOf(e)))
                .recoverWithItem(e -> back.refusal("volgorde"));
    }

    /** The deadline {@code text} names; the last one passed when it names none. 400 for text that is no date. */
    private LocalDate roundDeadline(String text) {
        if (text == null || text.isBlank()) {
            return lastPassed().deadline();
        }
        return FormFields.date(text).orElseThrow(() -> new BadRequestException("peildatum must be a date, yyyy-mm-dd"));
    }

    private HalfYear lastPassed() {
        return HalfYear.containing(viewer.today()).previous();
    }

    private static String letterFileName(String municipality, String deadline) {
        return municipality + "-" + deadline + ".pdf";
    }

    /** The passed deadlines the round's selector offers, the latest first, and the one shown if it is older. */
    private List<RoundPage.Choice> deadlineChoices(LocalDate selected) {
        List<RoundPage.Choice> choices = new ArrayList<>();
        HalfYear p = lastPassed();
        for (int i = 0; i < PERIODS_BACK; i++, p = p.previous()) {
            choices.add(new RoundPage.Choice(p.deadline().toString(), DutchFormat.date(p.deadline()), p.deadline().equals(selected)));
        }
        if (choices.stream().noneMatch(RoundPage.Choice::selected)) {
            choices.add(new RoundPage.Choice(selected.toString(), DutchFormat.date(selected), true));
        }
        return choices;
    }
}
