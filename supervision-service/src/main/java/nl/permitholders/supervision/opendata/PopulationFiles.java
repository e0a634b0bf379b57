package nl.permitholders.supervision.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.display.Table;
import nl.permitholders.display.TableExport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * CBS's populations as the system uses them (R1: the quota is distributed by them; supervision's map shows the backlog
 * per 1,000 inhabitants by them), per reference date, as CSV (through the dashboard's {@link TableExport}, as the
 * other open data files) and JSON. CBS publishes them under CC BY 4.0: every file names CBS as the source and carries
 * the licence and the attribution "Bron: CBS".
 */
public final class PopulationFiles {

    /** CBS's table of populations per municipality on 1 January (StatLine). */
    public static final String SOURCE = "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/70072NED";
    public static final String LICENCE = "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0";
    public static final String ATTRIBUTION = "Bron: CBS";
    static final List<String> COLUMNS = List.of("municipalityCode", "municipalityName", "referenceDate", "persons");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One municipality's population on the reference date; the name left out while the register does not know it. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @Schema(name = "OpenDataPopulationRow", requiredProperties = {"municipalityCode", "referenceDate", "persons"})
    public record Row(String municipalityCode, String municipalityName, LocalDate referenceDate, int persons) {
    }

    @Schema(name = "OpenDataPopulationFile", requiredProperties = {"referenceDate", "source", "license", "attribution", "note", "rows"})
    public record File(LocalDate referenceDate, String source, String license, String attribution, String note, List<Row> rows) {
    }

    /** What the figures are, in every JSON file. */
    static final String NOTE = "CBS's population per municipality on 1 January, as imported into quota-service (the highest "
            + "version of each). For the continuing municipality of a merger before CBS counts it, the figure the province "
            + "set with the merger. Licensed CC BY 4.0 by CBS: credit \"Bron: CBS\".";

    private PopulationFiles() {
    }

    public static byte[] csv(List<Row> rows) {
        return TableExport.csv(List.of(Table.of("populations", "populations", COLUMNS, rows.stream()
                .map(r -> Table.Row.of(List.of(Table.Cell.text(r.municipalityCode()), Table.Cell.text(r.municipalityName()),
                        Table.Cell.date(r.referenceDate()), Table.Cell.number(r.persons()))))
                .toList())));
    }

    public static byte[] json(LocalDate referenceDate, List<Row> rows) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new File(referenceDate, SOURCE, LICENCE, ATTRIBUTION, NOTE, rows))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
