package nl.permitholders.supervision.round;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.time.NetherlandsClock;

/**
 * The judgement letters of a supervision round as the API and the dashboard both serve and record them: a letter's
 * PDF (as it was sent, or a concept written now) and recording its state in the caller's name. The caller's role and
 * tenant are checked before.
 */
@ApplicationScoped
public class LetterRoundService {

    @Inject
    LetterContents letters;

    @Inject
    LetterTemplateService templates;

    @Inject
    PdfRenderer renderer;

    @Inject
    LetterService book;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    /** A letter's PDF as it is downloaded; {@code sent}: the stored one, byte for byte. */
    public record Pdf(byte[] bytes, String sha256, boolean sent) {
    }

    /** A letter written now, with the template it was written with. */
    private record Written(Letter letter, int templateVersion, byte[] pdf) {
    }

    /** The half-year whose deadline {@code text} is; 400 naming {@code field} for another date, or one not passed yet. */
    public Period deadline(String field, String text) {
        LocalDate deadline = DateParam.parseOptional(field, text);
        Period period = Period.containing(deadline.minusDays(1));
        if (!period.deadline().equals(deadline)) {
            throw InvalidInputException.of(field, "must be a deadline: 1 January or 1 July");
        }
        if (deadline.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of(field, "has not passed yet");
        }
        return period;
    }

    /** The half-year of the latest deadline that has passed. */
    public Period lastPassed() {
        return Period.containing(LocalDate.now(clock)).previous();
    }

    /**
     * The letter as it was last sent, while that is its state; otherwise a concept written now from the live figures: the
     * first letter, or the correction being written beside the one sent.
     */
    public Uni<Pdf> pdf(String code, Period period) {
        return book.changes(code, period.deadline()).flatMap(changes -> book.sent(code, period.deadline()).flatMap(sent ->
                sent.isPresent() && LetterService.stateOf(changes) == LetterState.SENT
                        ? Uni.createFrom().item(new Pdf(sent.get().pdf(), sent.get().sha256(), true))
                        : written(code, period, true, sent).map(w -> new Pdf(w.pdf(), SentLetter.sha256(w.pdf()), false))));
    }

    /**
     * Puts the letter in {@code state} in the caller's name, now. SENT stores the letter, written from the live figures
     * at this moment without the concept mark, with its SHA-256. 400 naming state where the letter's state refuses it.
     */
    public Uni<StateChange> record(String code, Period period, LetterState state) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        StateChange change = new StateChange(state, caller.name(), now);
        Uni<SentLetter> sent = state != LetterState.SENT ? Uni.createFrom().nullItem()
                : book.sent(code, period.deadline()).flatMap(before -> written(code, period, false, before))
                .map(w -> SentLetter.of(w.pdf(), w.letter().judgedPosition().backlog(), w.letter().computedVerdict(),
                        w.templateVersion(), caller.name(), now));
        return sent.flatMap(letter -> book.record(code, period.deadline(), change, letter));
    }

    /** The letter written now; {@code sentBefore}: the letter it corrects, if one was sent about the deadline. */
    private Uni<Written> written(String code, Period period, boolean concept, Optional<SentLetter> sentBefore) {
        LocalDate replaces = sentBefore.map(s -> LocalDate.ofInstant(s.sentAt(), NetherlandsClock.NETHERLANDS)).orElse(null);
        // Laid out off the event loop, and back on the request's context to answer.
        return letters.letter(code, period, concept, replaces).flatMap(letter -> templates.current(letter.provinceCode())
                .flatMap(template -> vertx.executeBlocking(Uni.createFrom().item(() -> new Written(letter, template.version(),
                        renderer.pdf(PdfRenderer.FIELD, renderer.html(PdfRenderer.FIELD,
                                renderer.parse(PdfRenderer.FIELD, template.body()), "letter", letter)))))));
    }
}
