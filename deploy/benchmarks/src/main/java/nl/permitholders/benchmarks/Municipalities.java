package nl.permitholders.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * The benchmark's own province and municipalities, set up through the APIs as the Rijk and COA would, and the
 * couplings and placements the measurements write.
 */
final class Municipalities {

    static final String PROVINCE = "PV99";
    /**
     * The half-year running today, as nearly every placement is registered in: couplings dated on its first day,
     * placements today. (A placement in a half-year whose deadline has passed also has supervision judge that
     * half-year's verdict again, after serving the new figure.)
     */
    static final LocalDate HOUSED_ON = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final LocalDate COUPLING_DATE = HOUSED_ON.withMonth(HOUSED_ON.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
    static final String PERIOD = HOUSED_ON.getYear() + (HOUSED_ON.getMonthValue() <= 6 ? "-H1" : "-H2");

    private final SystemStack stack;
    private final Http http;
    private final List<String> codes = new ArrayList<>();
    private final AtomicLong references = new AtomicLong();

    Municipalities(SystemStack stack, Http http) {
        this.stack = stack;
        this.http = http;
    }

    /** The province with {@code count} municipalities, each with a large quota, known to placement-service. */
    void setUp(int count) {
        String rijk = stack.issuer().rijk();
        String quota = stack.url(Service.QUOTA);
        expectOk(http.put(quota + "/provinces/" + PROVINCE, rijk, Map.of("name", "Benchmarkland")));
        for (int i = 0; i < count; i++) {
            String code = String.format("GM9%03d", i);
            expectOk(http.put(quota + "/municipalities/" + code, rijk, Map.of("name", "Bench " + i, "provinceCode", PROVINCE)));
            expectOk(http.put(quota + "/municipalities/" + code + "/quotas/" + PERIOD, rijk,
                    Map.of("persons", 1_000_000, "reason", "benchmark")));
            codes.add(code);
        }
        // placement-service accepts couplings for a municipality once quota.events has told it the municipality exists.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        for (String code : codes) {
            while (true) {
                Http.Answer answer = registerCoupling(code);
                if (answer.status() == 201) {
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("placement-service does not accept couplings for " + code + ": " + answer);
                }
                Thread.onSpinWait();
            }
        }
    }

    List<String> codes() {
        return codes;
    }

    String municipality(int i) {
        return codes.get(i % codes.size());
    }

    /** Registers a coupling of one adult as COA; returns its id. */
    String coupling(String municipality) {
        Http.Answer answer = registerCoupling(municipality);
        if (answer.status() != 201) {
            throw new IllegalStateException("coupling not registered: " + answer);
        }
        return answer.json().get("id").asText();
    }

    private Http.Answer registerCoupling(String municipality) {
        return http.post(stack.url(Service.PLACEMENT) + "/couplings", stack.issuer().coa(), Map.of(
                "coaReference", "BENCH-" + references.incrementAndGet(), "municipalityCode", municipality,
                "adults", 1, "minors", 0, "householdType", "SINGLE",
                "permitDate", COUPLING_DATE.minusWeeks(2).toString(), "couplingDate", COUPLING_DATE.toString()));
    }

    /** Records the placement of a coupling's one person as its municipality; the answer (201 expected). */
    Http.Answer place(String municipality, String couplingId) {
        return http.post(stack.url(Service.PLACEMENT) + "/couplings/" + couplingId + "/placements",
                stack.issuer().municipality(municipality), Map.of("persons", 1, "housedOn", HOUSED_ON.toString()));
    }

    private static void expectOk(Http.Answer answer) {
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IllegalStateException("set-up failed: " + answer);
        }
    }
}
