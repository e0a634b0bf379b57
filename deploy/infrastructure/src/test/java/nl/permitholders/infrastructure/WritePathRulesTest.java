package nl.permitholders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import nl.permitholders.infrastructure.writepath.CommandResource;
import nl.permitholders.infrastructure.writepath.EntityManagerResource;
import nl.permitholders.infrastructure.writepath.QueryResource;
import nl.permitholders.infrastructure.writepath.StepResource;
import nl.permitholders.infrastructure.writepath.Ward;
import nl.permitholders.infrastructure.writepath.WardService;
import org.junit.jupiter.api.Test;

/** The rules on entities against fixtures written well and badly: each rule must fail where it should. */
class WritePathRulesTest {

    @Test
    void aResourceThatMapsACommandAndItsResultPasses() {
        assertThat(check(WritePathRules.resourcesDoNotChangeOrLockEntities, CommandResource.class).hasViolation()).isFalse();
        assertThat(check(WritePathRules.resourcesDoNotQueryEntities, CommandResource.class).hasViolation()).isFalse();
    }

    @Test
    void aResourceWhoseStepLocksAndChangesEntitiesFailsWhateverTheMethodsAreCalled() {
        EvaluationResult result = check(WritePathRules.resourcesDoNotChangeOrLockEntities, StepResource.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("Ward.get(").contains("locks"))
                .anySatisfy(line -> assertThat(line).contains("Ward.settle(").contains("changes"))
                .anySatisfy(line -> assertThat(line).contains("Ward.beds").contains("changes"));
    }

    @Test
    void aResourceThatQueriesAnEntityFailsTheQueryRuleOnly() {
        assertThat(check(WritePathRules.resourcesDoNotChangeOrLockEntities, QueryResource.class).hasViolation()).isFalse();

        EvaluationResult result = check(WritePathRules.resourcesDoNotQueryEntities, QueryResource.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line).contains("Ward.of("));
    }

    @Test
    void aResourceThatHoldsTheEntityManagerFails() {
        EvaluationResult result = check(WritePathRules.resourcesDoNotChangeOrLockEntities, EntityManagerResource.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("EntityManager"))
                .anySatisfy(line -> assertThat(line).contains("LockModeType"));
    }

    private static EvaluationResult check(ArchRule rule, Class<?> resource) {
        JavaClasses classes = new ClassFileImporter().importClasses(resource, Ward.class, WardService.class,
                WardService.CloseWard.class, WardService.WardView.class);
        return rule.evaluate(classes);
    }
}
