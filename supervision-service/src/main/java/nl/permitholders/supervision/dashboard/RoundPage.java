package nl.permitholders.supervision.dashboard;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nl.permitholders.supervision.round.LetterService.StateChange;
import nl.permitholders.supervision.round.LetterState;
import nl.permitholders.display.DutchFormat;

/**
 * The supervision round of a province at a deadline: a line per municipality with the state of its judgement letter,
 * who recorded that state and when, and the states province staff may record next.
 *
 * @param provinceStaff whether the caller is the province's staff: only they download the letters and record states
 */
public record RoundPage(String provinceCode, String provinceName, String deadline, String deadlineText, List<Choice> deadlines,
                        List<Line> lines, boolean provinceStaff, String message, String error, String today) {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** An option of a select or a button: the value posted and the Dutch text shown. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** One municipality's letter; {@code changedBy} and {@code changedOn} empty while nobody recorded a state. */
    public record Line(String code, String name, String state, String changedBy, String changedOn, List<Choice> next) {
    }

    /** The line of a municipality whose letter's latest change is {@code latest}, or none. */
    public static Line line(String code, String name, StateChange latest) {
        Labels labels = MessageBundles.get(Labels.class);
        LetterState state = latest == null ? LetterState.DRAFT : latest.state();
        List<Choice> next = Arrays.stream(LetterState.values())
                .filter(candidate -> candidate != state && state.refusalOf(candidate).isEmpty())
                .map(candidate -> new Choice(candidate.name(), labels.letterStateAction(candidate), false)).toList();
        return new Line(code, name == null ? code : name, labels.letterState(state), latest == null ? "" : latest.changedBy(),
                latest == null ? "" : DutchFormat.date(LocalDate.ofInstant(latest.changedAt(), NETHERLANDS)), next);
    }
}
