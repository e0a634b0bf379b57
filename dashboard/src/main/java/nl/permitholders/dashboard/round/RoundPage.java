package nl.permitholders.dashboard.round;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.api.ProvinceLetters;
import nl.permitholders.display.DutchFormat;

/**
 * The supervision round of a province at a deadline: a line per municipality with the state of its judgement letter,
 * who recorded that state and when, and the states province staff may record next (as supervision's
 * listProvinceLetters gives them).
 *
 * @param provinceStaff whether the caller is province staff: only they download the letters and record states
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

    /** The line of a municipality's letter as the round lists it. */
    public static Line line(ProvinceLetters.Letter letter) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Choice> next = letter.next() == null ? List.of() : letter.next().stream().filter(java.util.Objects::nonNull)
                .map(state -> new Choice(state.name(), labels.letterStateAction(state), false)).toList();
        return new Line(letter.municipalityCode(), letter.municipalityName() == null ? letter.municipalityCode() : letter.municipalityName(),
                letter.state() == null ? "" : labels.letterState(letter.state()), letter.changedBy() == null ? "" : letter.changedBy(),
                letter.changedAt() == null ? "" : DutchFormat.date(LocalDate.ofInstant(letter.changedAt(), NETHERLANDS)), next);
    }
}
