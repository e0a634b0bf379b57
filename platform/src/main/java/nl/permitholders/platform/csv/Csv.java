package nl.permitholders.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.StrictJsonValues;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.QuoteMode;

/**
 * The project's one way with CSV (Commons CSV): fields separated by semicolons, as Dutch spreadsheets write them and
 * CBS, the Rijk and VERA publish them, in double quotes where they hold a separator, a quote or a line break; lines
 * end in CRLF when written, CRLF or LF when read; blank lines and spaces around a field are ignored when read. A
 * file that arrives as bytes is UTF-8 (a byte-order mark is dropped) without NUL characters, which PostgreSQL cannot
 * store; anything else is refused as a whole, naming the request's field.
 */
public final class Csv {

    /** Semicolon-separated, as read and written everywhere in the project. */
    public static final CSVFormat SEMICOLON = separatedBy(';');

    private Csv() {
    }

    /** The same format with another separator, for a file whose sender uses commas (COA's exports may). */
    public static CSVFormat separatedBy(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
                .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();
    }

    /**
     * The text of an uploaded file: strict UTF-8, without a leading byte-order mark; 400 naming {@code field} when it is
     * not UTF-8 ({@code advice} says how to save it) or holds a NUL character.
     */
    public static String text(byte[] content, String field, String advice) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(field, "is not UTF-8 text; " + advice);
        }
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            throw InvalidInputException.of(field, "line " + lineAt(text, nul) + " " + StrictJsonValues.NUL_REASON);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A parser over {@code text} in {@code format}; the caller closes it. */
    public static CSVParser parse(String text, CSVFormat format) throws IOException {
        return format.parse(new StringReader(text));
    }

    /** The number of the line (from 1) that holds the character at {@code position}. */
    public static int lineAt(String text, int position) {
        return (int) text.substring(0, Math.min(position, text.length())).chars().filter(c -> c == '\n').count() + 1;
    }
}
