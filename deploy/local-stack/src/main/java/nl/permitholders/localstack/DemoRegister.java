package nl.permitholders.localstack;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's municipal register: which provinces and municipalities quota-service knows, registered through its public
 * API as the Rijk. This is the one place the register is made, so that CBS's reorganisations since 2019 (the
 * reorganisation history of deploy/infrastructure, once it is there) can replace it: today it registers the 12
 * provinces and the 342 municipalities of CBS's division of 2024, each valid from the start, without the 380 of 2019
 * and the reorganisations that took them to 342.
 */
final class DemoRegister {

    /** Registers through quota-service's API; {@link DemoData} gives it its calls. */
    interface QuotaApi {
        void putJson(String path, Map<String, Object> body);

        void putCsv(String path, String csv);
    }

    private DemoRegister() {
    }

    /**
     * Registers the provinces and municipalities of CBS's division of 2024 (idempotent: the same names again change
     * nothing) and returns the municipalities' codes.
     */
    static List<String> register(DemoFigures figures, QuotaApi quota) {
        Map<String, String> provinces = new TreeMap<>();
        figures.municipalities.values().forEach(m -> provinces.put(m.provinceCode(), m.provinceName()));
        provinces.forEach((code, name) -> quota.putJson("/provinces/" + code, Map.of("name", name)));
        StringBuilder csv = new StringBuilder("code;name;provinceCode\n");
        figures.municipalities.values().forEach(m -> csv.append(m.code()).append(';').append(m.name()).append(';')
                .append(m.provinceCode()).append('\n'));
        quota.putCsv("/municipalities", csv.toString());
        return List.copyOf(figures.municipalities.keySet());
    }
}
