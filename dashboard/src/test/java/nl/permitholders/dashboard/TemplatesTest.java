package nl.permitholders.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's Content-Security-Policy (script-src 'self') blocks inline scripts and event handler attributes, so
 * the pages must have none: every script comes from a file, every handler is attached by dashboard.js.
 */
class TemplatesTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineScriptOrEventHandler() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            String html = Files.readString(template);
            assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script> in " + template).isFalse();
            assertThat(EVENT_HANDLER.matcher(html).find()).as("event handler attribute in " + template).isFalse();
            assertThat(SCRIPT_URL.matcher(html).find()).as("javascript: URL in " + template).isFalse();
        }
    }
}
