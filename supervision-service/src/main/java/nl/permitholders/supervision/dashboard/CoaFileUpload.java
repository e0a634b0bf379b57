package nl.permitholders.supervision.dashboard;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.supervision.coaposition.CoaPositionFile;
import nl.permitholders.supervision.coaposition.CoaPositionImportService;
import nl.permitholders.supervision.coaposition.CoaPositionResource;
import nl.permitholders.supervision.coaposition.StandConvention;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * COA's file as a page's upload form offers it: its name (control characters dropped, at most the import's length),
 * read as CSV or .xlsx by its name or type, with the Stand convention the form chose.
 */
record CoaFileUpload(String name, CoaPositionFile.Read read, StandConvention convention) {

    /** The form's value for a file that writes a backlog positive; anything else is COA's own convention. */
    static final String BACKLOG_POSITIVE = "achterstand-positief";
    /** What a page says above the refusals of a file: nothing of it was stored. */
    static final String NOTHING_STORED = "Het bestand is niet ingelezen: niets ervan is opgeslagen. Verbeter de regels hieronder "
            + "en lees het bestand opnieuw in.";

    /**
     * Stores the file a page's form offers; else {@code refused}: the page again with every refusal in Dutch, for no file
     * chosen, one that cannot be read, or the lines the import refuses (all or nothing).
     */
    static Uni<Response> stored(FileUpload file, String convention, Function<CoaFileUpload, Uni<Response>> store,
                                Function<List<String>, Uni<Response>> refused) {
        if (missing(file)) {
            return refused.apply(List.of("Kies het bestand van het COA (CSV of Excel, .xlsx) om in te lezen."));
        }
        try {
            return store.apply(of(file, convention))
                    .onFailure(InvalidInputException.class).recoverWithUni(e -> refused.apply(CoaRefusalsInDutch.of((InvalidInputException) e)));
        } catch (InvalidInputException e) {
            return refused.apply(CoaRefusalsInDutch.of(e));
        } catch (IOException e) {
            return refused.apply(List.of("Het bestand kon niet worden gelezen; probeer het opnieuw."));
        }
    }

    /** Reads the upload; an empty or missing file is for the caller to refuse first. */
    static CoaFileUpload of(FileUpload file, String convention) throws IOException {
        StandConvention standConvention = BACKLOG_POSITIVE.equals(convention) ? StandConvention.BACKLOG_POSITIVE : StandConvention.COA;
        String given = file.fileName() == null ? "" : file.fileName().replaceAll("\\p{Cntrl}", "").strip();
        String name = given.isEmpty() ? "coa-posities" : given.substring(0, Math.min(given.length(), CoaPositionImportService.FILE_NAME_MAX));
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || file.contentType() != null && file.contentType().startsWith(CoaPositionResource.XLSX);
        CoaPositionFile.Read read = CoaPositionFile.read(Files.readAllBytes(file.uploadedFile()),
                xlsx ? CoaPositionFile.Format.XLSX : CoaPositionFile.Format.CSV, standConvention);
        return new CoaFileUpload(name, read, standConvention);
    }

    private static boolean missing(FileUpload file) {
        return file == null || file.size() == 0;
    }
}
