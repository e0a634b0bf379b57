package nl.permitholders.dashboard.round;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Multi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class StreamedZipTest {

    @Test
    void eachEntryIsHandedOnAsItIsWrittenAndThePiecesMakeOneZip() throws IOException {
        List<byte[]> pieces = StreamedZip.of(Multi.createFrom().items(
                        new StreamedZip.Entry("GM0141-2025-01-01.pdf", "%PDF-almelo".getBytes(StandardCharsets.US_ASCII)),
                        new StreamedZip.Entry("GM0153-2025-01-01.pdf", "%PDF-enschede".getBytes(StandardCharsets.US_ASCII))))
                .collect().asList().await().indefinitely();

        // One piece per entry, and the central directory.
        assertThat(pieces).hasSize(3).allSatisfy(piece -> assertThat(piece).isNotEmpty());
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            whole.write(piece);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(whole.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
            }
        }
        assertThat(entries).containsExactly(Map.entry("GM0141-2025-01-01.pdf", "%PDF-almelo"),
                Map.entry("GM0153-2025-01-01.pdf", "%PDF-enschede"));
    }

    @Test
    void aZipOfNothingIsAnEmptyZip() throws IOException {
        List<byte[]> pieces = StreamedZip.of(Multi.createFrom().empty()).collect().asList().await().indefinitely();
        assertThat(pieces).hasSize(1);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pieces.get(0)))) {
            assertThat(zip.getNextEntry()).isNull();
        }
    }
}
