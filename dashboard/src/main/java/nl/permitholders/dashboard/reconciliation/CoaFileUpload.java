package nl.permitholders.dashboard.reconciliation;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.permitholders.dashboard.api.Refusal;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * COA's file as a page's upload form offers it, to be sent to supervision's import as it is: its name (control
 * characters dropped, at most the import's length), its bytes, CSV or .xlsx by its name or type, and the Stand
 * convention the form chose. Supervision reads and checks it; its refusals come back line by line.
 */
record CoaFileUpload(String name, byte[] bytes, String contentType, String convention) {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    /** The longest file name the import keeps. */
    static final int FILE_NAME_MAX = 200;
    /** The form's value for a file that writes a backlog positive; anything else is COA's own convention. */
    static final String BACKLOG_POSITIVE = "achterstand-positief";
    /** What a page says above the refusals of a file: nothing of it was stored. */
    static final String NOTHING_STORED = "Het bestand is niet ingelezen: niets ervan is opgeslagen. Verbeter de regels hieronder "
            + "en lees het bestand opnieuw in.";

    /**
     * Sends the file a page's form offers to {@code store}; else {@code refused}: the page again with every refusal in
     * Dutch, for no file chosen, one that cannot be read, or the lines supervision's import refuses (all or nothing).
     */
    static Uni<Response> stored(FileUpload file, String convention, Function<CoaFileUpload, Uni<Response>> store,
                                Function<List<String>, Uni<Response>> refused) {
        if (file == null || file.size() == 0) {
            return refused.apply(List.of("Kies het bestand van het COA (CSV of Excel, .xlsx) om in te lezen."));
        }
        CoaFileUpload upload;
        try {
            upload = of(file, convention);
        } catch (IOException e) {
            return refused.apply(List.of("Het bestand kon niet worden gelezen; probeer het opnieuw."));
        }
        return store.apply(upload).onFailure(e -> e instanceof Refusal refusal && refusal.status() == 400)
                .recoverWithUni(e -> refused.apply(CoaRefusalsInDutch.of((Refusal) e)));
    }

    /** Reads the upload; an empty or missing file is for the caller to refuse first. */
    static CoaFileUpload of(FileUpload file, String convention) throws IOException {
        String given = file.fileName() == null ? "" : file.fileName().replaceAll("\\p{Cntrl}", "").strip();
        String name = given.isEmpty() ? "coa-posities" : given.substring(0, Math.min(given.length(), FILE_NAME_MAX));
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") || file.contentType() != null && file.contentType().startsWith(XLSX);
        return new CoaFileUpload(name, Files.readAllBytes(file.uploadedFile()), xlsx ? XLSX : CSV,
                BACKLOG_POSITIVE.equals(convention) ? "BACKLOG_POSITIVE" : "COA");
    }
}
