package nl.permitholders.quota;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.permitholders.infrastructure.WritePathRules;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import org.junit.jupiter.api.Test;

/** {@link WritePathRules} refuses what it is there to refuse, and lets the one write path through. */
class WritePathRulesTest {

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }

    @Test
    void aResourceThatAppendsToTheOutboxIsRefused() {
        assertThatThrownBy(() -> WritePathRules.resourcesDoNotUseTheOutbox.check(classes(AppendingResource.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("AppendingResource").hasMessageContaining("Outbox");
    }

    @Test
    void aResourceThatOpensATransactionIsRefused() {
        assertThatThrownBy(() -> WritePathRules.resourcesDoNotOpenTransactions.check(classes(TransactionalResource.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("withTransaction");
        assertThatThrownBy(() -> WritePathRules.resourceMethodsAreNotTransactional.check(classes(AnnotatedResource.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("AnnotatedResource");
    }

    @Test
    void aRuleThatNamesAFrameworkIsRefused() {
        assertThatThrownBy(() -> WritePathRules.rulesAreFrameworkFree.check(classes(ReactiveRule.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.smallrye.mutiny.Uni");
        assertThatThrownBy(() -> WritePathRules.frameworkFree(ReactiveCalculation.class).check(classes(ReactiveCalculation.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ReactiveCalculation");
    }

    @Test
    void aThinResourceOverAServiceAndAPlainRulePass() {
        JavaClasses thin = classes(ThinResource.class, WritingService.class, PlainRule.class);
        assertThatCode(() -> {
            WritePathRules.resourcesDoNotUseTheOutbox.check(thin);
            WritePathRules.resourcesDoNotOpenTransactions.check(thin);
            WritePathRules.resourceMethodsAreNotTransactional.check(thin);
            WritePathRules.rulesAreFrameworkFree.check(thin);
        }).doesNotThrowAnyException();
    }
}

class AppendingResource {
    Outbox outbox;

    Uni<java.util.UUID> write() {
        return outbox.append("type", "GM0141", "event");
    }
}

class TransactionalResource {
    Uni<Integer> write() {
        return Panache.withTransaction(() -> Uni.createFrom().item(1));
    }
}

class AnnotatedResource {
    @WithTransaction
    Uni<Integer> write() {
        return Uni.createFrom().item(1);
    }
}

class ReactiveRule {
    Uni<Integer> judge() {
        return Uni.createFrom().item(1);
    }
}

class ReactiveCalculation {
    Uni<Integer> calculate() {
        return Uni.createFrom().item(1);
    }
}

class ThinResource {
    WritingService service;

    Uni<Integer> write() {
        return service.write(PlainRule.judge(1));
    }
}

class WritingService {
    OutboxTransaction transaction;

    Uni<Integer> write(int value) {
        return transaction.run(() -> Uni.createFrom().item(value));
    }
}

final class PlainRule {
    private PlainRule() {
    }

    static int judge(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("not below zero");
        }
        return value;
    }
}
