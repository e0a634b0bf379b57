package nl.permitholders.housingstock;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps the spans the service exports in memory, for tests to read (and instead of the OTLP exporter). Only sampled
 * traces reach it: those a test starts with a sampled {@code traceparent}, as the default share sampled is none.
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
