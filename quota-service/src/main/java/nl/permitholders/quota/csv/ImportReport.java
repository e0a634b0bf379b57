package nl.permitholders.quota.csv;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an accepted import did: rows read, and how many were new, changed or already so (re-imports change nothing). */
@Schema(requiredProperties = {"rows", "created", "updated", "unchanged"})
public record ImportReport(int rows, int created, int updated, int unchanged) {

    public static ImportReport of(int rows) {
        return new ImportReport(rows, 0, 0, 0);
    }

    public ImportReport withCreated() {
        return new ImportReport(rows, created + 1, updated, unchanged);
    }

    public ImportReport withUpdated() {
        return new ImportReport(rows, created, updated + 1, unchanged);
    }

    public ImportReport withUnchanged() {
        return new ImportReport(rows, created, updated, unchanged + 1);
    }
}
