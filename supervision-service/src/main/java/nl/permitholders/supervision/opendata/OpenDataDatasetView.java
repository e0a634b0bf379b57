package nl.permitholders.supervision.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A half-year's open data: its versions, each with the reason it was published and the addresses of its files. */
@Schema(requiredProperties = {"period", "versions"})
public record OpenDataDatasetView(@Schema(pattern = "^\\d{4}-H[12]$", example = "2025-H2") String period, List<VersionView> versions) {

    @Schema(name = "OpenDataVersionView", requiredProperties = {"version", "publishedAt", "positionDate", "kind", "reason",
            "halfYearCsv", "halfYearJson", "monthlyCsv", "monthlyJson"})
    public record VersionView(int version, Instant publishedAt, LocalDate positionDate, PublicationKind kind, String reason,
                              String halfYearCsv, String halfYearJson, String monthlyCsv, String monthlyJson) {

        static VersionView of(String datasetAddress, PublishedVersion v) {
            String files = datasetAddress + "/versions/" + v.version() + "/";
            return new VersionView(v.version(), v.publishedAt(), v.positionDate(), v.kind(), v.reason(),
                    files + OpenDataFile.HALF_YEAR_CSV.fileName, files + OpenDataFile.HALF_YEAR_JSON.fileName,
                    files + OpenDataFile.MONTHLY_CSV.fileName, files + OpenDataFile.MONTHLY_JSON.fileName);
        }
    }

    static OpenDataDatasetView of(String datasetAddress, List<PublishedVersion> versions) {
        return new OpenDataDatasetView(versions.get(0).period().toString(), versions.stream().map(v -> VersionView.of(datasetAddress, v)).toList());
    }
}
