package nl.permitholders.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the relay may publish a committed write's events straight from memory, without overtaking older ones. */
class PublicationPathTest {

    @Test
    void atStartUpTheRelayClaimsFromTheTableBecauseEventsOfAnEarlierRunMayWait() {
        assertThat(new PublicationPath().fromMemory()).isFalse();
    }

    @Test
    void aClaimThatFindsNothingLeftLetsWritesBePublishedFromMemory() {
        PublicationPath path = new PublicationPath();
        path.drained(path.claimStarted());
        assertThat(path.fromMemory()).isTrue();
    }

    @Test
    void aFailedPublicationMakesTheRelayClaimInOrderUntilTheTableIsDrained() {
        PublicationPath path = new PublicationPath();
        path.drained(path.claimStarted());
        path.failed();
        assertThat(path.fromMemory()).isFalse();
        path.drained(path.claimStarted());
        assertThat(path.fromMemory()).isTrue();
    }

    @Test
    void onlyTheFirstFailureOfAnOutageEndsPublishingFromMemory() {
        PublicationPath path = new PublicationPath();
        path.drained(path.claimStarted());
        assertThat(path.failed()).as("the first failure ends publishing from memory").isTrue();
        assertThat(path.failed()).as("later ones, while the relay claims anyway, do not").isFalse();
    }

    @Test
    void aClaimThatBeganBeforeAFailureCannotDeclareTheTableDrained() {
        PublicationPath path = new PublicationPath();
        long claim = path.claimStarted();
        path.failed();
        path.drained(claim);
        assertThat(path.fromMemory()).as("the failed event may have been committed after the claim read the table").isFalse();
    }
}
