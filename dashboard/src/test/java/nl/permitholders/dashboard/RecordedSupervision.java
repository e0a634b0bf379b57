package nl.permitholders.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * supervision-service's answers to the calls a municipality's pages make, recorded in the shapes its API writes
 * (docs/supervision-api.md, its views: LifespanView, EndedProblem), and quota-service's register entries its exchange
 * page names the parties by, served over HTTP on a free port so that the
 * dashboard reads them through its real REST client. One server per JVM; a path it has no answer for is 404.
 */
final class RecordedSupervision {

    private static final String BASE = "/supervision/v1/municipalities/";
    private static HttpServer server;

    private record Answer(int status, String type, String body, List<String> links) {
    }

    private static final Map<String, Answer> ANSWERS = new HashMap<>();
    private static final Map<String, Integer> CALLS = new java.util.concurrent.ConcurrentHashMap<>();

    private RecordedSupervision() {
    }

    /** The address the dashboard's supervision and quota clients are to call. */
    static synchronized String url() {
        if (server == null) {
            recordAnswers();
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", RecordedSupervision::answer);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How often {@code path} (under supervision's municipalities) has been asked for since this JVM started. */
    static int calls(String path) {
        return CALLS.getOrDefault(BASE + path, 0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        CALLS.merge(exchange.getRequestURI().getPath(), 1, Integer::sum);
        // An answer recorded for the query's province (the register's list) before one for the path alone.
        String query = exchange.getRequestURI().getQuery();
        String province = query == null ? "" : java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith("provinceCode="))
                .findFirst().map(p -> "?" + p).orElse("");
        Answer answer = ANSWERS.getOrDefault(exchange.getRequestURI().getPath() + province, ANSWERS.getOrDefault(
                exchange.getRequestURI().getPath(), new Answer(404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}",
                        List.of())));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.type());
        answer.links().forEach(link -> exchange.getResponseHeaders().add("Link", link));
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void recordAnswers() {
        // Almelo exists: the answers of MunicipalityPageTest's recordings.
        everyPageRead("GM0141", "Almelo", "PV23");
        json("GM0141/lifespan", resource("/ended/almelo-lifespan.json"));
        json("GM0141/periods/2025-H1", resource("/almelo/figures-2025-H1.json"));
        json("GM0141/periods/2025-H1/ledger", resource("/almelo/ledger-2025-H1.json"));
        json("GM0141/verdicts/province-verdicts", resource("/almelo/province-verdicts.json"));
        json("GM0141/exchanges", "[]");
        register("GM0141", "Almelo", "PV23");

        // Weesp merged into Amsterdam on 24 March 2022; Haaren split over four on 1 January 2021 (as supervision's
        // EndedMunicipalityTest records them, on their real codes).
        everyPageRead("GM0457", "Weesp", "PV27");
        json("GM0457/lifespan", resource("/ended/weesp-lifespan.json"));
        json("GM0457/periods/2021-H2", figures("GM0457", "Weesp", "PV27", "2021-H2"));
        json("GM0457/periods/2021-H2/ledger", "[]");
        json("GM0457/exchanges", "[]");
        register("GM0457", "Weesp", "PV27");
        gone("GM0457", "2026-H2", "GM0457 (Weesp) ended on 2022-03-24: merged into GM0363 (Amsterdam); its own half-years end with 2021-H2",
                List.of("GM0363"), "2022-H1");

        // A municipality whose lifespan supervision does not answer (404 here): its 410 is said from the refusal alone.
        everyPageRead("GM0796", "Schijndel", "PV30");
        gone("GM0796", "2026-H2", "GM0796 ended", List.of("GM0363"), "2022-H1");

        everyPageRead("GM0788", "Haaren", "PV30");
        json("GM0788/lifespan", resource("/ended/haaren-lifespan.json"));
        json("GM0788/periods/2020-H2", figures("GM0788", "Haaren", "PV30", "2020-H2"));
        json("GM0788/periods/2020-H2/ledger", "[]");
        gone("GM0788", "2026-H2", "GM0788 (Haaren) ended on 2021-01-01: split over GM0757 (Boxtel), GM0824 (Oisterwijk), "
                + "GM0855 (Tilburg), GM0865 (Vught); its own half-years end with 2020-H2", List.of("GM0757", "GM0824", "GM0855", "GM0865"), "2021-H1");
    }

    /**
     * What every page of the municipality reads besides its figures, ledger and lifespan. Recorded for an ended one too, as
     * supervision answers them: only its figures of a later half-year are 410.
     */
    private static void everyPageRead(String code, String name, String province) {
        json(code + "/timeline", """
                {"code":"%s","name":"%s","deadlines":[],"months":[]}""".formatted(code, name));
        json(code + "/ladder", resource("/almelo/ladder.json"));
        json(code + "/action-plans", "{\"items\":[],\"totalItems\":0}");
        json(code + "/supervision-regime", resource("/almelo/regime.json"));
        json(code + "/verdicts/province-verdicts", "[]");
        json(code + "/waiting-couplings", "[]");
        json(code + "/temporary-placements", "[]");
        json(code + "/sent-letters", "[]");
        json(code + "/merged-municipalities", "[]");
        // Asked for the running half-year only (the page of a half-year after an end may be that one).
        json(code + "/forecast", "{\"until\":\"2027-01-01\",\"backlog\":0,\"quotaStatus\":\"FINAL\"}");
    }

    private static String figures(String code, String name, String province, String period) {
        return """
                {"municipalityCode":"%s","municipalityName":"%s","provinceCode":"%s","period":"%s","carriedBacklog":12,"quota":20,
                 "quotaStatus":"FINAL","exchanges":0,"adjustedQuota":32,"housed":14,"backlog":18,"expectedHoused":32,"scheduleGap":18,
                 "scheduleColour":"RED","coupledUnhousedPersons":0,"overdueCouplings":0,"overdueCouplingPersons":0,
                 "personsInTemporaryHousing":0}""".formatted(code, name, province, period);
    }

    /** Its figures of a half-year after its end, as supervision's EndedProblem answers them (its ledger is no figure: 200). */
    private static void gone(String code, String period, String detail, List<String> successors, String effectivePeriod) {
        List<String> links = new java.util.ArrayList<>(List.of("<" + BASE + code + "/lifespan>; rel=\"describedby\""));
        successors.forEach(s -> links.add("<" + BASE + s + "/periods/" + effectivePeriod + ">; rel=\"successor-version\""));
        json(code + "/periods/" + period + "/ledger", "[]");
        ANSWERS.put(BASE + code + "/periods/" + period, new Answer(410, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Gone\",\"status\":410,\"detail\":\"" + detail + "\"}", links));
    }

    /** quota-service's register entry of the municipality, and its province's municipalities: itself alone. */
    private static void register(String code, String name, String province) {
        String entry = "{\"code\":\"%s\",\"name\":\"%s\",\"provinceCode\":\"%s\"}".formatted(code, name, province);
        ANSWERS.put("/quota/v1/municipalities/" + code, new Answer(200, "application/json", entry, List.of()));
        ANSWERS.put("/quota/v1/municipalities?provinceCode=" + province, new Answer(200, "application/json",
                "{\"items\":[" + entry + "],\"totalItems\":1}", List.of()));
    }

    private static void json(String path, String body) {
        ANSWERS.put(BASE + path, new Answer(200, "application/json", body, List.of()));
    }

    private static String resource(String name) {
        try (InputStream in = RecordedSupervision.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
