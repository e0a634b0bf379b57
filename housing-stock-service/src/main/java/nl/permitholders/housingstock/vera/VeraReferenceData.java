package nl.permitholders.housingstock.vera;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(";", 3);
                if (fields.length >= 2 && !fields[0].isBlank()) {
                    codes.computeIfAbsent(fields[0].strip(), kind -> new HashSet<>()).add(fields[1].strip());
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
