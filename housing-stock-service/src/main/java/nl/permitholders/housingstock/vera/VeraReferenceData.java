package nl.permitholders.housingstock.vera;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.csv.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * VERA reference data codes per kind ({@code AANVULLENDEDOELGROEP}, {@code DOELGROEP}, ...), from the subset of
 * VERA's referentiedata (CC0) in {@code vera/referentiedata-subset.csv}: {@code soort;code;naam;omschrijving;...}.
 */
public final class VeraReferenceData {

    private static final String RESOURCE = "/vera/referentiedata-subset.csv";

    private final Map<String, Set<String>> codesByKind;

    private VeraReferenceData(Map<String, Set<String>> codesByKind) {
        this.codesByKind = codesByKind;
    }

    public static VeraReferenceData load() {
        Map<String, Set<String>> codes = new HashMap<>();
        try (InputStream in = VeraReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("VERA reference data missing: " + RESOURCE);
            }
            try (CSVParser parser = Csv.SEMICOLON.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CSVRecord record : parser) {
                    if (record.size() >= 2 && !record.get(0).isBlank()) {
                        codes.computeIfAbsent(record.get(0).strip(), kind -> new HashSet<>()).add(record.get(1).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VeraReferenceData(Map.copyOf(codes));
    }

    public boolean isKnown(String kind, String code) {
        return codesByKind.getOrDefault(kind, Set.of()).contains(code);
    }
}
