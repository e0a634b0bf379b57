package nl.permitholders.faulttests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.permitholders.infrastructure.PackagedSystem;

/**
 * The stack every fault scenario of this JVM shares: the packaged system on a real broker and database, its consumers
 * on the fault stack's {@link RetryBudget} and its outbox producers on its {@link DeliveryTimeout}, its webhooks on {@link WebhookRetries}. Every scenario leaves it whole (what it stops or kills it starts again) and
 * uses municipalities of its own, so their figures never mix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PackagedSystem(jvmOptions = {RetryBudget.ATTEMPTS_OPTION, RetryBudget.MAX_BACK_OFF_OPTION, DeliveryTimeout.DELIVERY_OPTION,
        DeliveryTimeout.REQUEST_OPTION, DeliveryTimeout.BLOCK_OPTION, WebhookRetries.BASE_OPTION, WebhookRetries.MAXIMUM_OPTION,
        WebhookRetries.POLL_OPTION, WebhookRetries.HTTP_OPTION, WebhookRetries.LOCALHOST_OPTION})
@interface FaultStack {
}
