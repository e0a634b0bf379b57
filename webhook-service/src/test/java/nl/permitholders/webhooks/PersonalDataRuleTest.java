package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** R9: a receiver gets codes and ids; free text that older records carried stays behind. */
class PersonalDataRuleTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void freeTextIsLeftOutWhereverItSitsAndCodesAreKept() throws Exception {
        String older = """
                {"couplingId":"c1","municipalityCode":"GM0141","reason":"Gezin wil naar Almelo-Noord, zie brief mevr. Jansen",
                 "measures":[{"measureId":"m1","title":"Gesprek met J. de Vries","status":"DONE"}]}""";
        assertThat(PersonalDataRule.withoutFreeText(json.readTree(older))).isEqualTo(json.readTree("""
                {"couplingId":"c1","municipalityCode":"GM0141","measures":[{"measureId":"m1","status":"DONE"}]}"""));
        String coded = """
                {"couplingId":"c1","reason":"WITHDRAWN"}""";
        assertThat(PersonalDataRule.withoutFreeText(json.readTree(coded))).isEqualTo(json.readTree(coded));
    }
}
