package nl.permitholders.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A refused value is named by its path inside what the caller sent, so a caller can tell which of many it was. */
class ConstraintViolationNamesTest {

    record Measure(@NotBlank String title, @Positive int persons) {
    }

    record Plan(@NotBlank String summary, @NotNull List<@Valid @NotNull Measure> measures) {
    }

    static class PlanResource {
        @SuppressWarnings("unused")
        public void submit(@Pattern(regexp = "GM\\d{4}") String code, @Valid @NotNull Plan plan) {
        }
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aPropertyOfAnElementOfAListIsNamedByItsWholePath() throws Exception {
        List<Measure> measures = new ArrayList<>(List.of(new Measure("Flex homes", 4), new Measure(" ", 0)));
        measures.add(null);

        assertThat(invalidParamNames("GM0141", new Plan("", measures)))
                .containsExactly("measures[1].persons", "measures[1].title", "measures[2]", "summary");
    }

    @Test
    void aPathParameterIsNamedByItsName() throws Exception {
        assertThat(invalidParamNames("Almelo", new Plan("Plan", List.of()))).containsExactly("code");
    }

    private List<String> invalidParamNames(String code, Plan plan) throws Exception {
        Set<ConstraintViolation<PlanResource>> violations = validator.forExecutables().validateParameters(new PlanResource(),
                Arrays.stream(PlanResource.class.getMethods()).filter(m -> m.getName().equals("submit")).findFirst().orElseThrow(),
                new Object[] {code, plan});
        ProblemMappers mappers = new ProblemMappers();
        mappers.json = new ObjectMapper();

        JsonNode problem = mappers.json.readTree((String) mappers.constraintViolation(new ConstraintViolationException(violations)).getEntity());

        return problem.path("invalidParams").findValuesAsText("name");
    }
}
