package nl.permitholders.dashboard.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.permitholders.dashboard.api.ProvinceLetters;
import org.junit.jupiter.api.Test;

/** The supervision round's lines as built from supervision's listProvinceLetters: the state in Dutch and the next steps. */
@QuarkusTest
class RoundPageTest {

    @Inject
    ObjectMapper json;

    @Test
    void eachLetterSaysItsStateWhoRecordedItAndWhenInDutchWithTheStepsSupervisionAllowsNext() throws IOException {
        ProvinceLetters round;
        try (InputStream in = getClass().getResourceAsStream("/overijssel-letters-2025-01-01.json")) {
            round = json.readValue(in, ProvinceLetters.class);
        }
        List<RoundPage.Line> lines = round.letters().stream().map(RoundPage::line).toList();

        // Recorded late in the evening of 14 March, in the Netherlands already the 15th.
        assertThat(lines.get(0)).satisfies(almelo -> {
            assertThat(List.of(almelo.code(), almelo.name(), almelo.state(), almelo.changedBy(), almelo.changedOn()))
                    .containsExactly("GM0141", "Almelo", "nagekeken", "overijssel", "15 maart 2025");
            assertThat(almelo.next()).extracting(RoundPage.Choice::label).containsExactly("Terug naar concept", "Verzonden");
            assertThat(almelo.next()).extracting(RoundPage.Choice::value).containsExactly("DRAFT", "SENT");
        });
        assertThat(lines.get(1)).satisfies(enschede -> {
            assertThat(List.of(enschede.state(), enschede.changedBy(), enschede.changedOn())).containsExactly("concept", "", "");
            assertThat(enschede.next()).extracting(RoundPage.Choice::label).containsExactly("Nagekeken");
        });
        // A name supervision does not know yet is the code; a step the dashboard does not know yet is not offered.
        assertThat(lines.get(2).name()).isEqualTo("GM0164");
        assertThat(lines.get(2).next()).extracting(RoundPage.Choice::label).containsExactly("Verbeterde brief schrijven");
    }
}
