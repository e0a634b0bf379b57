package nl.permitholders.supervision.dashboard;

import static nl.permitholders.supervision.dashboard.Dashboard.PDF;
import static nl.permitholders.supervision.dashboard.Dashboard.PERIODS_BACK;
import static nl.permitholders.supervision.dashboard.Dashboard.POSTED_FROM_A_PAGE;
import static nl.permitholders.supervision.dashboard.Dashboard.ZIP;
import static nl.permitholders.supervision.dashboard.Dashboard.choice;
import static nl.permitholders.supervision.dashboard.Dashboard.download;
import static nl.permitholders.supervision.dashboard.Dashboard.said;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.validation.constraints.Min;
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
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.reference.Province;
import nl.permitholders.supervision.round.LetterService;
import nl.permitholders.supervision.round.LetterRoundService;
import nl.permitholders.supervision.round.LetterState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestMulti;
import nl.permitholders.display.DutchFormat;

/**
 * The dashboard's page of a province's supervision round at a deadline: the state of every municipality's judgement
 * letter, the letters as downloads (one or all in a zip), and the form to record a letter's state.
 */
@Path("/dashboard")
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
    FiguresQueries figuresQueries;
    @Inject
    LetterRoundService letterRound;
    @Inject
    LetterService letterBook;
    @Inject
    Viewer viewer;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/provincies/{code}/toezichtronde")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "The supervision round at a deadline (peildatum, default the last passed): the state of every "
            + "municipality's judgement letter")
    public Uni<TemplateInstance> round(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                       @QueryParam("peildatum") String deadlineText, @QueryParam("staat") String recorded,
                                       @QueryParam("fout") String error) {
        Period period = roundPeriod(deadlineText);
        LocalDate now = viewer.today();
        return viewer.toProvince(code)
                .chain(() -> Uni.combine().all().unis(Province.<Province>findById(code), municipalitiesOf(code, period))
                        .withUni((province, towns) -> letterBook.latest(towns.stream().map(FiguresView::municipalityCode).toList(),
                                period.deadline()).map(latest -> new RoundPage(code, province == null ? code : province.name,
                                period.deadline().toString(), DutchFormat.date(period.deadline()), deadlineChoices(period),
                                towns.stream().map(t -> RoundPage.line(t.municipalityCode(), t.municipalityName(),
                                        latest.get(t.municipalityCode()))).toList(),
                                viewer.provinceStaff(), "vastgelegd".equals(recorded) ? "De staat van de brief is vastgelegd." : null,
                                said(ERRORS, error), DutchFormat.date(now)))))
                .map(Templates::round);
    }

    @RolesAllowed(Roles.PROVINCE)
    @GET
    @Path("/provincies/{code}/toezichtronde/brieven.zip")
    @Produces(ZIP)
    @Operation(hidden = true, summary = "Every judgement letter of the province at a deadline (peildatum) in one zip, as GET "
            + "/dashboard/gemeenten/{code}/brieven/{deadline} gives each: a sent letter as it was sent, another as concept")
    public RestMulti<byte[]> roundLetters(@PathParam("code") @Pattern(regexp = Codes.PROVINCE) String code,
                                          @QueryParam("peildatum") String deadlineText) {
        Period period = roundPeriod(deadlineText);
        LocalDate deadline = period.deadline();
        Uni<List<String>> towns = viewer.toProvince(code)
                .chain(() -> municipalitiesOf(code, period))
                .map(found -> found.stream().map(FiguresView::municipalityCode).toList());
        // The letters one after the other, each in a session of its own: the zip is written while they are.
        return RestMulti.fromUniResponse(towns, codes -> StreamedZip.of(Multi.createFrom().iterable(codes)
                        .onItem().transformToUniAndConcatenate(town -> Panache.withSession(() -> letterRound.pdf(town, period))
                                .map(pdf -> new StreamedZip.Entry(letterFileName(town, deadline), pdf.bytes())))),
                codes -> Map.of("Content-Disposition", List.of("attachment; filename=\"brieven-" + code + "-" + deadline + ".zip\"")));
    }

    @RolesAllowed(Roles.PROVINCE)
    @GET
    @Path("/gemeenten/{code}/brieven/{deadline}")
    @WithSession
    @Produces({PDF, "application/problem+json"})
    @Operation(hidden = true, summary = "The judgement letter as GET /municipalities/{code}/letters/{deadline} gives it, as a download")
    public Uni<Response> letter(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                @PathParam("deadline") String deadlineText) {
        Period period = letterRound.deadline("deadline", deadlineText);
        return viewer.toMunicipality(code)
                .chain(() -> letterRound.pdf(code, period))
                .map(pdf -> download(pdf.bytes(), PDF, letterFileName(code, period.deadline())));
    }

    @RolesAllowed({Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/gemeenten/{code}/verzonden-brieven/{deadline}")
    @WithSession
    @Produces({PDF, "application/problem+json"})
    @Operation(hidden = true, summary = "A judgement letter as it was sent, for the municipality it was sent to and its province: "
            + "the latest about the deadline, or letter number brief; 404 before it is sent")
    public Uni<Response> sentLetter(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                    @PathParam("deadline") String deadlineText,
                                    @QueryParam("brief") @Min(1) Integer number) {
        Period period = letterRound.deadline("deadline", deadlineText);
        return viewer.toMunicipality(code)
                .chain(() -> letterBook.sent(code, period.deadline(), number))
                .map(sent -> download(sent.map(LetterService.SentLetter::pdf).orElseThrow(() -> new ResourceNotFoundException(
                        "No letter about " + period.deadline() + " has been sent to " + code + ".")), PDF,
                        letterFileName(code, period.deadline())));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/gemeenten/{code}/brieven/{deadline}/staten")
    @WithSession
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true, summary = "The letter's state form: records a state as POST /municipalities/{code}/letters/{deadline}/states does",
            description = POSTED_FROM_A_PAGE + "Recorded in the name of the signed-in caller; back to the round's page.")
    public Uni<Response> recordLetterState(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY) String code,
                                           @PathParam("deadline") String deadlineText, @FormParam("staat") String stateText) {
        Period period = letterRound.deadline("deadline", deadlineText);
        return viewer.toMunicipality(code).chain(() -> {
            // The caller's province is the municipality's: the access check passed.
            Back back = Back.to("/dashboard/provincies/" + viewer.ownProvince().orElseThrow() + "/toezichtronde?peildatum="
                    + period.deadline() + "&").at("brief-" + code);
            Optional<LetterState> state = choice(LetterState.class, stateText);
            if (state.isEmpty()) {
                return back.refused("staat");
            }
            return letterRound.record(code, period, state.get())
                    .map(recorded -> back.with("staat=vastgelegd"))
                    .onFailure(InvalidInputException.class).recoverWithItem(e -> back.refusal("volgorde"));
        });
    }

    private Period roundPeriod(String deadlineText) {
        return deadlineText == null || deadlineText.isBlank() ? letterRound.lastPassed() : letterRound.deadline("peildatum", deadlineText);
    }

    /** The municipalities of the province that exist in the half-year (not merged or split by then), as the overview has them. */
    private Uni<List<FiguresView>> municipalitiesOf(String provinceCode, Period period) {
        return figuresQueries.ofProvince(provinceCode, period, null)
                .map(all -> all.stream().filter(f -> !f.ceased()).map(FiguresQueries.MunicipalityFigures::figures).toList());
    }

    private static String letterFileName(String municipality, LocalDate deadline) {
        return municipality + "-" + deadline + ".pdf";
    }

    /** The passed deadlines the round's selector offers, the latest first, and the one shown if it is older. */
    private List<RoundPage.Choice> deadlineChoices(Period selected) {
        List<RoundPage.Choice> choices = new ArrayList<>();
        Period p = letterRound.lastPassed();
        for (int i = 0; i < PERIODS_BACK; i++, p = p.previous()) {
            choices.add(new RoundPage.Choice(p.deadline().toString(), DutchFormat.date(p.deadline()), p.equals(selected)));
        }
        if (choices.stream().noneMatch(RoundPage.Choice::selected)) {
            choices.add(new RoundPage.Choice(selected.deadline().toString(), DutchFormat.date(selected.deadline()), true));
        }
        return choices;
    }
}
