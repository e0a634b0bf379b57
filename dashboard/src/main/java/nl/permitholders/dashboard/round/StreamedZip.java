package nl.permitholders.dashboard.round;

import io.smallrye.mutiny.Multi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One zip file written entry by entry as the entries come, handed on in pieces: after each entry the bytes written so
 * far, at the end the central directory. So a zip of many letters never holds more than one letter in memory.
 */
final class StreamedZip {

    /** A file of the zip. */
    record Entry(String name, byte[] content) {
    }

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(written);

    private StreamedZip() {
    }

    /** The zip of {@code entries}, in their order, as consecutive pieces of its bytes. */
    static Multi<byte[]> of(Multi<Entry> entries) {
        return Multi.createFrom().deferred(() -> {
            StreamedZip zip = new StreamedZip();
            return Multi.createBy().concatenating().streams(entries.map(zip::add), Multi.createFrom().item(zip::finish));
        });
    }

    private byte[] add(Entry entry) {
        try {
            zip.putNextEntry(new ZipEntry(entry.name()));
            zip.write(entry.content());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drained();
    }

    private byte[] finish() {
        try {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drained();
    }

    private byte[] drained() {
        byte[] piece = written.toByteArray();
        written.reset();
        return piece;
    }
}
