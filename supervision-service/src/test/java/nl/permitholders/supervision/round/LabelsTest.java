package nl.permitholders.supervision.round;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** The domain's names as the letters and the province's report say them. */
@QuarkusTest
class LabelsTest {

    @Inject
    Labels labels;

    @Test
    void everyNameALetterOrTheReportHoldsHasADutchLabel() {
        assertThat(labels.stage(Stage.OFFICIAL_TALK)).isEqualTo("ambtelijk gesprek");
        assertThat(labels.verdict(Verdict.NOT_MET_EXCUSABLE)).isEqualTo("niet gehaald, verschoonbaar (te weinig gekoppeld)");
        assertThat(labels.provinceVerdict(Verdict.NOT_MET_EXCUSABLE)).isEqualTo("niet gehaald, verschoonbaar");
        assertThat(labels.regime(SupervisionRegime.MEDIUM)).isEqualTo("midden (oranje)");
        assertThat(labels.quotaStatus(QuotaStatus.PROVISIONAL)).isEqualTo("voorlopig");
        assertThat(labels.quotaStatus(QuotaStatus.FINAL)).isEqualTo("definitief");
        assertThat(labels.standing(Standing.BEHIND)).isEqualTo("achter");
        List<String> all = Stream.of(all(Stage.class, labels::stage), all(Verdict.class, labels::verdict),
                all(Verdict.class, labels::provinceVerdict), all(Standing.class, labels::standing),
                all(SupervisionRegime.class, labels::regime), all(QuotaStatus.class, labels::quotaStatus)).flatMap(s -> s).toList();
        assertThat(all).allSatisfy(label -> assertThat(label).isNotBlank().doesNotContain("_"));
    }

    private static <E extends Enum<E>> Stream<String> all(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(label);
    }
}
