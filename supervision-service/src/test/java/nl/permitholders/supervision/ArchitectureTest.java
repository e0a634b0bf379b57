package nl.permitholders.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static nl.permitholders.infrastructure.ArchitectureRules.Rule.BEANS_NAME_THEIR_ROLE;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.ArchitectureRules;
import nl.permitholders.supervision.decision.Authorship;
import nl.permitholders.supervision.live.FigureChanges;
import nl.permitholders.supervision.projection.DeadLetters;
import nl.permitholders.supervision.projection.EventDecoder;
import nl.permitholders.supervision.projection.KafkaClientConfig;
import nl.permitholders.supervision.projection.LiveProjection;
import nl.permitholders.supervision.projection.ProjectionChange;
import nl.permitholders.supervision.projection.ProjectionMetrics;
import nl.permitholders.supervision.round.LetterContents;
import nl.permitholders.supervision.round.PdfRenderer;
import nl.permitholders.supervision.verdict.Rejudging;
import nl.permitholders.supervision.verdict.VerdictRecorder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one rule set ({@link ArchitectureRules}, docs/architecture.md "One rule set") over this service, with its clients
 * (the round's letters, the report); unit tier: starts nothing.
 */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        return ArchitectureRules.of("nl.permitholders.supervision")
                .clients("..supervision.round..", "..supervision.report..")
                .allow(LiveProjection.class, BEANS_NAME_THEIR_ROLE, "the consumers' machinery: applies what they poll, "
                        + "a batch at a time and exactly once, for the consumer that injects it")
                .allow(EventDecoder.class, BEANS_NAME_THEIR_ROLE, "the machinery that reads what an event changes, the "
                        + "same for the live consumer and a rebuild")
                .allow(DeadLetters.class, BEANS_NAME_THEIR_ROLE, "the projection's producer of the dead-letter topic")
                .allow(ProjectionMetrics.class, BEANS_NAME_THEIR_ROLE, "the projection's metrics, as platform's OutboxMetrics")
                .allow(KafkaClientConfig.class, BEANS_NAME_THEIR_ROLE, "the connection settings of supervision's own Kafka clients")
                .allow(FigureChanges.class, BEANS_NAME_THEIR_ROLE, "in memory, tells the live streams which figures "
                        + "may have changed after a commit")
                .allow(VerdictRecorder.class, BEANS_NAME_THEIR_ROLE, "judges closed half-years again in the transaction "
                        + "it is given and records what changed (its statements are VerdictRecordStore's)")
                .allow(Rejudging.class, BEANS_NAME_THEIR_ROLE, "runs VerdictRecorder in transactions of a few ledgers "
                        + "each, for the consumers, the deadline watch and a rebuild")
                .allow(Authorship.class, BEANS_NAME_THEIR_ROLE, "who records a decision and when, for the write services")
                .allow(LetterContents.class, BEANS_NAME_THEIR_ROLE, "the round's reading of what a letter states, "
                        + "through the services the API answers with")
                .allow(PdfRenderer.class, BEANS_NAME_THEIR_ROLE, "renders a province's template to a PDF")
                .tests();
    }

    /**
     * One persistence API in supervision, the reactive SQL client (docs/architecture.md, "Two consumer front-ends; in
     * supervision one database client"): its writes that publish an event run on a connection of platform's outbox
     * transaction ({@code OutboxTransaction.runOnConnection}), so no class of its own names Hibernate.
     */
    static ArchRule noHibernate() {
        return noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "io.quarkus.hibernate..")
                .because("supervision reads and writes with the reactive SQL client alone");
    }

    @Test
    void supervisionReadsAndWritesWithTheSqlClientAlone() {
        noHibernate().check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.permitholders.supervision"));
    }

    /** The broken shape: a register entity kept with Panache. */
    static class ProvinceAsAnEntity extends PanacheEntityBase {
        String name;
    }

    /** The broken shape: a resource that opens a Hibernate session for its request. */
    static class ResourceWithASession {
        @WithSession
        public String read() {
            return "";
        }
    }

    @Test
    void anEntityOrASessionBreaksTheRule() {
        assertThatThrownBy(() -> noHibernate().check(new ClassFileImporter().importClasses(ProvinceAsAnEntity.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ProvinceAsAnEntity");
        assertThatThrownBy(() -> noHibernate().check(new ClassFileImporter().importClasses(ResourceWithASession.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ResourceWithASession");
    }

    /**
     * What an event changes its record in {@code projection/ConsumedEvents} says (docs/architecture.md, "Adding a rule
     * or a fact"): the decoder is the machinery that picks and reads the record, and builds no entry or change itself.
     */
    @Test
    void theDecoderBuildsNoChangeOfItsOwn() {
        noClasses().that().belongToAnyOf(EventDecoder.class)
                .should().dependOnClassesThat().resideInAPackage("..supervision.ledger..")
                .orShould().accessClassesThat().areAssignableTo(ProjectionChange.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.permitholders.supervision"));
    }
}
