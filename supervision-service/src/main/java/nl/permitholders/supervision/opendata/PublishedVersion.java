package nl.permitholders.supervision.opendata;

import java.time.Instant;
import java.time.LocalDate;
import nl.permitholders.platform.period.Period;

/** A published version of a half-year's open data, without its files. */
public record PublishedVersion(Period period, int version, Instant publishedAt, LocalDate positionDate, PublicationKind kind,
                               String reason) {
}
