package nl.permitholders.dashboard.national;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.permitholders.dashboard.HalfYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The country per half-year 2019-I to 2023-I as the Rijk published it (answer to written parliamentary questions
 * 2024Z12156, Tweede Kamer document 2024D33148, received 16 September 2024; resources/national/README.md): before the
 * system's own figures begin, the national page shows these as published, with their source, never as the system's.
 */
public final class PublishedNationalSeries {

    public static final String SOURCE = "Antwoord op Kamervragen 2024Z12156 (Tweede Kamer 2024D33148, ontvangen 16 september 2024)";
    private static final String FILE = "/national/landelijke-reeks-2019-2023.csv";

    /**
     * One half-year as published: the quota, the quota including the backlog (or minus the lead) carried in, persons
     * housed, and the position at the end in the Rijk's sign (negative a backlog, positive a lead).
     */
    public record Published(HalfYear period, int quota, int adjustedQuota, int housed, int position) {
    }

    private static final List<Published> SERIES = read();

    private PublishedNationalSeries() {
    }

    /** The published half-years, the earliest first. */
    public static List<Published> halfYears() {
        return SERIES;
    }

    private static List<Published> read() {
        try (InputStream in = PublishedNationalSeries.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).stream().map(PublishedNationalSeries::halfYear).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Published halfYear(CSVRecord row) {
        return new Published(HalfYear.parse("periode", row.get("periode")), Integer.parseInt(row.get("taakstelling")),
                Integer.parseInt(row.get("taakstelling_incl_achterstand_of_voorsprong")), Integer.parseInt(row.get("realisatie")),
                Integer.parseInt(row.get("achterstand_of_voorsprong_einde_periode")));
    }
}
