package nl.permitholders.supervision.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import nl.permitholders.supervision.coaposition.CoaPositionFile;
import nl.permitholders.supervision.coaposition.CoaPositionImports;
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

    /** Reads the upload; an empty or missing file is for the caller to refuse first. */
    static CoaFileUpload of(FileUpload file, String convention) throws IOException {
        StandConvention standConvention = BACKLOG_POSITIVE.equals(convention) ? StandConvention.BACKLOG_POSITIVE : StandConvention.COA;
        String given = file.fileName() == null ? "" : file.fileName().replaceAll("\\p{Cntrl}", "").strip();
        String name = given.isEmpty() ? "coa-posities" : given.substring(0, Math.min(given.length(), CoaPositionImports.FILE_NAME_MAX));
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || file.contentType() != null && file.contentType().startsWith(CoaPositionResource.XLSX);
        CoaPositionFile.Read read = CoaPositionFile.read(Files.readAllBytes(file.uploadedFile()),
                xlsx ? CoaPositionFile.Format.XLSX : CoaPositionFile.Format.CSV, standConvention);
        return new CoaFileUpload(name, read, standConvention);
    }

    static boolean missing(FileUpload file) {
        return file == null || file.size() == 0;
    }
}
