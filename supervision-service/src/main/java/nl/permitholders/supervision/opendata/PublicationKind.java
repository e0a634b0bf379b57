package nl.permitholders.supervision.opendata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a published version of the open data is ({@link PublicationRule}). */
@Schema(name = "OpenDataPublicationKind", description = "MONTHLY: a later position date (the monthly cut-off); "
        + "CORRECTION: changed figures on the same position date")
public enum PublicationKind {
    MONTHLY,
    CORRECTION
}
