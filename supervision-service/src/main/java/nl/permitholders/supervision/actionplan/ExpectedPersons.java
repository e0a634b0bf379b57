package nl.permitholders.supervision.actionplan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Persons expected housed in a half-year, as stored and shown. */
@Schema(name = "ExpectedPersons", requiredProperties = {"period", "persons"})
public record ExpectedPersons(String period, int persons) {
}
