package nl.permitholders.supervision.round;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.store.ReadPool;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.verdict.ProvinceVerdictMark;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * The letter template of every province: the one its staff last saved, or the default shipped with the service
 * ({@value #DEFAULT}) while it saved none. Every version is kept, with who saved it and when. A template is saved only
 * once it renders a sample letter to a PDF, as concept and as sent, and marks the concept as such.
 */
@ApplicationScoped
public class LetterTemplateService {

    static final String DEFAULT = "round/default-letter.html";

    private final String defaultBody = PdfRenderer.resource(DEFAULT);

    @Inject
    Pool pool;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    PdfRenderer renderer;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    /** Every version the province saved, oldest first; empty while it uses the default. */
    public Uni<List<LetterTemplateVersion>> history(String provinceCode) {
        return history(reads, provinceCode);
    }

    /** As {@link #history(String)}, from the primary: with a version just saved. */
    Uni<List<LetterTemplateVersion>> savedHistory(String provinceCode) {
        return history(pool, provinceCode);
    }

    private static Uni<List<LetterTemplateVersion>> history(Pool db, String provinceCode) {
        return LetterTemplateStore.history(db, provinceCode);
    }

    /** The template the province's letters are written with now. */
    public Uni<LetterTemplateVersion> current(String provinceCode) {
        return history(provinceCode).map(all -> all.isEmpty() ? new LetterTemplateVersion(0, defaultBody, null, null) : all.get(all.size() - 1));
    }

    /** Saves {@code body} as the province's template, by the caller; 400 naming the template when it does not serve. */
    public Uni<LetterTemplateVersion> save(String provinceCode, String body) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
                    check(body);
                    return body;
                }))
                .flatMap(checked -> {
                    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
                    // Two saves at once: the primary key lets one of them number its version, the other fails (409 by the mappers).
                    return LetterTemplateStore.insert(pool, provinceCode, body, caller.name(), now.atOffset(ZoneOffset.UTC))
                            .map(version -> new LetterTemplateVersion(version, body, caller.name(), now));
                });
    }

    /** Renders a sample letter with {@code body} as concept and as sent; fails with 400 naming the template. */
    void check(String body) {
        var template = renderer.parse(PdfRenderer.FIELD, body);
        String concept = renderer.html(PdfRenderer.FIELD, template, "letter", sample(true));
        String sent = renderer.html(PdfRenderer.FIELD, template, "letter", sample(false));
        if (concept.equals(sent)) {
            throw nl.permitholders.platform.api.InvalidInputException.of(PdfRenderer.FIELD,
                    "must mark a letter that is not sent as concept ({#if letter.concept}...{/if}); it writes both alike");
        }
        renderer.pdf(PdfRenderer.FIELD, concept);
        renderer.pdf(PdfRenderer.FIELD, renderer.html(PdfRenderer.FIELD, template, "letter", bare()));
    }

    /** A letter without the parts a letter may lack: no verdict yet, none of the province's, no action plan. */
    static Letter bare() {
        Letter full = sample(true);
        return new Letter(true, full.writtenOn(), full.municipalityCode(), full.municipalityName(), full.provinceCode(), null,
                full.deadline(), full.period(), full.figures(), null, null, null,
                new Letter.Ladder(Stage.NONE, null, Stage.NONE, List.of()), null, List.of(), "",
                new Letter.JudgedPosition(full.figures().backlog(), full.figures().backlog(), null), null);
    }

    /** A letter with every part filled in, to try a template on. */
    static Letter sample(boolean concept) {
        LocalDate deadline = LocalDate.of(2025, 1, 1);
        List<Letter.ChartPoint> chart = List.of(new Letter.ChartPoint(LocalDate.of(2024, 7, 1), 90), new Letter.ChartPoint(deadline, 117));
        return new Letter(concept, deadline.plusDays(10), "GM0000", "Voorbeeld", "PV00", "Voorbeeldprovincie", deadline, "2024-H2",
                new Letter.Figures(90, 70, QuotaStatus.PROVISIONAL, 0, 160, 43, 117), Verdict.NOT_MET,
                new Letter.CouplingDeficit(LocalDate.of(2024, 10, 1), 140, 120, 20),
                new Letter.ProvinceVerdict(Verdict.NOT_MET, "voorbeeld", deadline.plusDays(5), "voorbeeld", ProvinceVerdictMark.TO_REVIEW),
                new Letter.Ladder(Stage.SIGNAL, LocalDate.of(2024, 7, 15), Stage.OFFICIAL_TALK,
                        List.of(new Letter.LadderStep(Stage.SIGNAL, LocalDate.of(2024, 7, 15), "voorbeeld", "voorbeeld"))),
                new Letter.ActionPlan("voorbeeld", LocalDate.of(2024, 9, 1), deadline,
                        List.of(new Letter.PlanPeriod("2024-H2", 50, 50, 43, -7, Standing.BEHIND))),
                chart, BacklogChart.svg(chart), new Letter.JudgedPosition(120, 117, 120), deadline.plusDays(5));
    }
}
