package nl.permitholders.supervision.national;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The national series reproduced through the public API, from the data file
 * {@code national/landelijke-reeks-2019-2023.csv}: the national figures per half-year 2019-I to 2023-I as the Rijk
 * published them in its answer to written parliamentary questions 2024Z12156 (Tweede Kamer document 2024D33148,
 * received 16 September 2024; its source: dashboard/src/main/resources/national/README.md). The country is two municipalities in two provinces that
 * share every figure; their quotas and placements arrive as quota-service and placement-service publish them, COA's
 * published positions are imported and adopted by province staff through the REST API.
 * <p>
 * Runs in a JVM of its own (maven-surefire-plugin, execution national-series), with a database that holds this country
 * only, so that the national sums are the Rijk's and no other test's.
 */
@QuarkusTest
class NationalSeriesTest {

    private static final String SERIES = "/supervision/v1/national/series";
    private static final String HEADER = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n";

    /** One half-year of the Rijk's table, its position written as the table writes it: negative a backlog. */
    record Published(Period period, int quota, int adjustedQuota, int housed, int position) {

        /** The share of the first of the two municipalities; the second has the rest. */
        Published first() {
            return new Published(period, quota / 2, adjustedQuota / 2, housed / 2, position / 2);
        }

        Published second() {
            Published first = first();
            return new Published(period, quota - first.quota, adjustedQuota - first.adjustedQuota, housed - first.housed,
                    position - first.position);
        }
    }

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    static List<Published> theRijksTable() throws IOException {
        try (InputStream in = NationalSeriesTest.class.getResourceAsStream("/national/landelijke-reeks-2019-2023.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).isEqualTo("periode;taakstelling;taakstelling_incl_achterstand_of_voorsprong;realisatie;"
                    + "achterstand_of_voorsprong_einde_periode");
            List<Published> table = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";");
                table.add(new Published(Period.parse(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4])));
            }
            return table;
        }
    }

    @Test
    void theNationalFiguresPerHalfYearAreTheRijksOnceCoasPublishedPositionsAreAdoptedAndTheOwnArithmeticStandsBeside() throws IOException {
        List<Published> table = theRijksTable();
        assertThat(table).hasSize(9);
        Period first = table.get(0).period();
        Period last = table.get(table.size() - 1).period();
        List<String> provinces = List.of(TestEvents.newProvince(), TestEvents.newProvince());
        List<String> towns = List.of(TestEvents.newMunicipality(), TestEvents.newMunicipality());
        for (int t = 0; t < 2; t++) {
            events.province(provinces.get(t), "Provincie " + provinces.get(t));
            events.municipality(towns.get(t), "Gemeente " + towns.get(t), provinces.get(t));
        }

        // The Rijk's quotas, the backlog of 2018-II carried into 2019-I (2,934: answer of 12 February 2019), and the
        // persons housed in each half-year.
        StringBuilder[] files = {new StringBuilder(HEADER), new StringBuilder(HEADER)};
        for (Published whole : table) {
            for (int t = 0; t < 2; t++) {
                Published share = t == 0 ? whole.first() : whole.second();
                String town = towns.get(t);
                if (whole.period().equals(first)) {
                    events.openingBalance(town, first.toString(), share.adjustedQuota() - share.quota());
                }
                events.quota(town, whole.period().toString(), share.quota(), 1);
                LocalDate housedOn = whole.period().firstDay().plusMonths(3);
                events.placement(town, events.coupling(town, share.housed(), housedOn.minusMonths(1)), share.housed(), housedOn, null);
                // COA's result of the half-year on its deadline, written as COA writes it (the table's own sign).
                files[t].append(town).append(";Gemeente ").append(town).append(';').append(whole.period().deadline()).append(';')
                        .append(share.quota()).append(';').append(share.adjustedQuota()).append(';').append(share.housed()).append(';')
                        .append(share.position()).append('\n');
            }
        }
        int housedIn2023 = table.get(8).housed();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("from", last.toString())
                .queryParam("to", last.toString()).get(SERIES).then().statusCode(200)
                .body("[0].ownArithmetic.housed", equalTo(housedIn2023)).body("[0].figures.quota", equalTo(table.get(8).quota())));

        // Without an adoption: the system's own arithmetic, each end carried into the next half-year.
        JsonPath own = given().queryParam("from", first.toString()).queryParam("to", last.toString()).get(SERIES).then().statusCode(200)
                .extract().jsonPath();
        int carried = table.get(0).adjustedQuota() - table.get(0).quota();
        for (int i = 0; i < table.size(); i++) {
            Published p = table.get(i);
            int adjusted = carried + p.quota();
            assertThat(own.getInt("[" + i + "].ownArithmetic.adjustedQuota")).as(p.period().toString()).isEqualTo(adjusted);
            assertThat(own.getInt("[" + i + "].ownArithmetic.position")).as(p.period().toString()).isEqualTo(adjusted - p.housed());
            assertThat(own.getInt("[" + i + "].difference.position")).isZero();
            carried = adjusted - p.housed();
        }
        // 2019-I: 8,934 - 6,372 = 2,562 by the arithmetic, where the Rijk published a backlog of 2,540.
        assertThat(own.getInt("[0].ownArithmetic.position")).isEqualTo(2_562);

        // Province staff import COA's positions and adopt, at each deadline, COA's end position and then the amount COA
        // carried into the next half-year (its revision).
        for (int t = 0; t < 2; t++) {
            String staff = Callers.as(Callers.issuer().province(provinces.get(t)));
            given().header("Authorization", staff).contentType("text/csv").queryParam("fileName", "landelijke reeks.csv")
                    .body(files[t].toString().getBytes(StandardCharsets.UTF_8)).post("/supervision/v1/coa-position-imports").then()
                    .statusCode(201);
            for (int i = 0; i < table.size(); i++) {
                LocalDate deadline = table.get(i).period().deadline();
                adopt(staff, towns.get(t), deadline, "END_POSITION");
                if (i + 1 < table.size()) {
                    adopt(staff, towns.get(t), deadline, "CARRIED_IN");
                }
            }
        }

        JsonPath series = given().queryParam("from", "2019-I").queryParam("to", "2023-I").get(SERIES).then().statusCode(200)
                .extract().jsonPath();
        for (int i = 0; i < table.size(); i++) {
            Published p = table.get(i);
            String at = "[" + i + "].";
            assertThat(series.getString(at + "period")).isEqualTo(p.period().toString());
            assertThat(List.of(series.getInt(at + "figures.quota"), series.getInt(at + "figures.adjustedQuota"),
                    series.getInt(at + "figures.housed"), -series.getInt(at + "figures.position")))
                    .as(p.period() + " as the Rijk published it").containsExactly(p.quota(), p.adjustedQuota(), p.housed(), p.position());
        }
        // The lead of 2022-II (1,793) ended ahead, and 2023-I carried a lead of 1,782 in: 21,200 - 1,782 = 19,418.
        assertThat(series.getInt("[7].figures.position")).isEqualTo(-1_793);
        assertThat(series.getInt("[8].figures.adjustedQuota")).isEqualTo(19_418);
        // The Rijk's reconciliation: the published figures beside the own arithmetic, the difference per half-year.
        assertThat(series.getInt("[0].ownArithmetic.position")).isEqualTo(2_562);
        assertThat(series.getInt("[0].difference.position")).isEqualTo(-22);
        assertThat(series.getInt("[1].ownArithmetic.adjustedQuota")).isEqualTo(8_562);
        assertThat(series.getInt("[1].difference.adjustedQuota")).isEqualTo(8_537 - 8_562);
    }

    @Test
    void aSeriesNamesItsHalfYearsAndIsRefusedOtherwise() {
        given().queryParam("from", "2019-III").queryParam("to", "2023-I").get(SERIES).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("from"));
        given().queryParam("from", "2023-I").queryParam("to", "2019-I").get(SERIES).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("to"));
        given().header("Authorization", Callers.as(Callers.issuer().coa())).queryParam("from", "2019-I").queryParam("to", "2019-II")
                .get(SERIES).then().statusCode(403);
    }

    private static void adopt(String staff, String town, LocalDate deadline, String figure) {
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("deadline", deadline.toString(), "reason", "landelijke reeks 2024Z12156", "figure", figure))
                .post("/supervision/v1/municipalities/{code}/coa-position-adoptions", town).then().statusCode(201);
    }
}
