package nl.permitholders.supervision.round;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's messages through the service's own logging (one JSON object per line, levels as configured), not
 * through the console handler openhtmltopdf installs by default, which writes plain text beside the service's log.
 */
final class PdfLibraryLog implements XRLogger {

    private PdfLibraryLog() {
    }

    /** Once, before the first PDF is laid out. */
    static void install() {
        XRLog.setLoggerImpl(new PdfLibraryLog());
    }

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(level, message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(level, message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the service's configuration (quarkus.log.category), not the library's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
    }
}
