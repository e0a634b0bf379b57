package nl.permitholders.supervision.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptPerVersionTest {

    private final KeptPerVersion<String, String> kept = new KeptPerVersion<>(10);
    private final AtomicInteger computations = new AtomicInteger();
    private CompletableFuture<String> result = new CompletableFuture<>();

    private final List<Long> computedAt = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Uni<String> compute(long version) {
        computations.incrementAndGet();
        computedAt.add(version);
        return Uni.createFrom().completionStage(result);
    }

    private CompletableFuture<String> read(long version) {
        return kept.get(Uni.createFrom().item(version), "PV23", this::compute).subscribeAsCompletionStage();
    }

    @Test
    void readsThatMissAtTheSameTimeShareOneComputation() throws Exception {
        List<CompletableFuture<String>> reads = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            reads.add(read(1));
        }
        assertThat(computations).hasValue(1);
        assertThat(reads).noneMatch(CompletableFuture::isDone);

        result.complete("figures of version 1");
        for (CompletableFuture<String> read : reads) {
            assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo("figures of version 1");
        }
        assertThat(read(1).get(5, TimeUnit.SECONDS)).isEqualTo("figures of version 1");
        assertThat(computations).as("kept until the version changes").hasValue(1);
    }

    @Test
    void aNewVersionIsComputedAgain() throws Exception {
        result.complete("figures of version 1");
        assertThat(read(1).get(5, TimeUnit.SECONDS)).isEqualTo("figures of version 1");

        result = CompletableFuture.completedFuture("figures of version 2");
        assertThat(read(2).get(5, TimeUnit.SECONDS)).isEqualTo("figures of version 2");
        assertThat(computations).hasValue(2);
    }

    @Test
    void aFailedComputationIsNotKept() throws Exception {
        result.completeExceptionally(new IllegalStateException("database unreachable"));
        assertThatThrownBy(() -> read(1).get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database unreachable");

        result = CompletableFuture.completedFuture("figures of version 1");
        assertThat(read(1).get(5, TimeUnit.SECONDS)).isEqualTo("figures of version 1");
        assertThat(computations).hasValue(2);
    }

    @Test
    void aReadOfAnOlderVersionIsServedWhatWasComputedAtANewerOne() throws Exception {
        result.complete("figures of version 3");
        assertThat(read(3).get(5, TimeUnit.SECONDS)).isEqualTo("figures of version 3");
        assertThat(computedAt).as("the computation is told the version it must be at least as new as").containsExactly(3L);

        assertThat(read(2).get(5, TimeUnit.SECONDS)).as("a reader that saw version 2 may be given newer figures")
                .isEqualTo("figures of version 3");
        assertThat(computations).hasValue(1);
    }
}
