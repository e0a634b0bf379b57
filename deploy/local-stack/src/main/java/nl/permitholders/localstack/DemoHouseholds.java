package nl.permitholders.localstack;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The demo's households as COA's records have them: Almelo's as its plan of approach of 27 March 2025 gives them, every
 * other municipality's invented from 2024-I up to today at its pace ({@link InventedCountry}), each coupled and, unless
 * still waiting, housed whole. The households, their sizes and dates are invented, seeded by the municipality's code, so
 * every load makes the same (and a second load finds them all imported). They go to placement-service as one file of
 * COA's records per province ({@link #files}), as a province's history is taken in on its first day.
 */
final class DemoHouseholds {

    /** A household COA couples to a municipality, housed on {@code housedOn} or, when that is null, still waiting. */
    record Household(String municipality, String coaReference, int persons, LocalDate coupledOn, LocalDate housedOn) {

        /** Its line of COA's records: two adults at most, the others minors; the permit two weeks before the coupling. */
        String line() {
            int adults = Math.min(persons, 2);
            return String.join(";", coaReference, municipality, Integer.toString(adults), Integer.toString(persons - adults),
                    persons == 1 ? "alleenstaande" : "gezin", coupledOn.minusWeeks(2).toString(), coupledOn.toString(),
                    housedOn == null ? "" : housedOn.toString(), housedOn == null ? "" : Integer.toString(persons));
        }
    }

    /** The columns of the files, named as placement-service's coupling imports read them (docs/placement-api.md). */
    static final String HEADER = "COA-referentie;Gemeentecode;Volwassenen;Minderjarigen;Huishouden;Vergunningsdatum;Koppeldatum;"
            + "Datum huisvesting;Personen gehuisvest";

    /** Almelo's placements: housing date, the date COA coupled those households, and the sizes of the households. */
    private record Batch(LocalDate housedOn, LocalDate coupledOn, int[] sizes) {
    }

    /**
     * The plan's 83 housed in 2024 and 75 forecast for 2025, as 40 + 43 and 38 + 37 (an invented split, the households,
     * their sizes and dates invented too). COA coupled each batch months ahead, so that on its reference dates (1 April,
     * 1 October) enough was coupled and still waiting: the shortfalls are Almelo's own.
     */
    private static final List<Batch> ALMELO_HOUSED = List.of(
            new Batch(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 1, 22), new int[] {5, 4, 6, 3, 1, 1, 2, 4, 5, 1, 1, 1, 1, 5}),
            new Batch(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 3, 4),
                    new int[] {6, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}),
            new Batch(LocalDate.of(2025, 3, 3), LocalDate.of(2024, 9, 16), new int[] {6, 6, 5, 5, 4, 4, 3, 3, 1, 1}),
            new Batch(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 3, 17), new int[] {7, 6, 5, 4, 4, 3, 3, 2, 1, 1, 1}));

    /** Households COA coupled to Almelo that are still waiting (invented): 30 persons since September 2024, 20 since September 2025. */
    private static final List<Batch> ALMELO_WAITING = List.of(
            new Batch(null, LocalDate.of(2024, 9, 16), new int[] {5, 4, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1}),
            new Batch(null, LocalDate.of(2025, 9, 15), new int[] {6, 4, 3, 2, 2, 1, 1, 1}));

    private DemoHouseholds() {
    }

    /** Almelo's households first, then every other municipality's, in the order of their codes. */
    static List<Household> of(DemoFigures figures, Map<String, InventedCountry.Figures> country, LocalDate today) {
        List<Household> households = new ArrayList<>(almelo());
        country.keySet().stream().sorted().filter(code -> !code.equals(DemoData.ALMELO))
                .forEach(code -> households.addAll(history(figures, country.get(code), today)));
        return households;
    }

    private static List<Household> almelo() {
        List<Household> households = new ArrayList<>();
        for (Batch batch : ALMELO_HOUSED) {
            for (int i = 0; i < batch.sizes().length; i++) {
                households.add(new Household(DemoData.ALMELO, "DEMO-ALM-" + batch.housedOn() + "-" + i, batch.sizes()[i],
                        batch.coupledOn(), batch.housedOn()));
            }
        }
        for (Batch batch : ALMELO_WAITING) {
            for (int i = 0; i < batch.sizes().length; i++) {
                households.add(new Household(DemoData.ALMELO, "DEMO-ALM-WAIT-" + batch.coupledOn() + "-" + i, batch.sizes()[i],
                        batch.coupledOn(), null));
            }
        }
        return households;
    }

    /**
     * The households of a municipality's half-years from 2024 up to today (its quota is quota-service's distribution): in
     * 2024-I the persons housed that take it from its backlog on 1 January to that on 1 July 2024 in Overijssel, elsewhere its
     * invented share of the country's 14,271; from then on households coupled and housed at its pace (invented); a few
     * couplings still waiting.
     */
    static List<Household> history(DemoFigures figures, InventedCountry.Figures municipality, LocalDate today) {
        List<Household> households = new ArrayList<>();
        String code = municipality.code();
        Random random = new Random(code.hashCode());
        double pace = municipality.pace();
        int backlog = municipality.backlogOn1January2024();
        HalfYear current = HalfYear.containing(today);
        int household = 0;
        for (HalfYear p = HalfYear.FIRST; !current.isBefore(p); p = p.next()) {
            int quota = figures.quota(code, figures.nationalQuota(p.toString()));
            long days = ChronoUnit.DAYS.between(p.firstDay(), p.equals(current) ? today : p.lastDay()) + 1;
            double share = p.equals(current) ? (double) days / (ChronoUnit.DAYS.between(p.firstDay(), p.lastDay()) + 1) : 1.0;
            int target = p.equals(HalfYear.FIRST) ? municipality.housedIn2024I()
                    : Math.max(0, (int) Math.round((backlog + quota) * pace * share));
            int housed = 0;
            while (housed < target) {
                int persons = Math.min(target - housed, 1 + random.nextInt(7));
                LocalDate housedOn = p.firstDay().plusDays(random.nextInt((int) days));
                LocalDate coupledOn = housedOn.minusWeeks(3 + random.nextInt(8));
                households.add(new Household(code, "DEMO-" + code + "-" + household++, persons, coupledOn, housedOn));
                housed += persons;
            }
            backlog = backlog + quota - housed;
        }
        // Households coupled and still waiting: some recently, some beyond the 12 weeks (R8) for the slower ones.
        int waiting = 1 + random.nextInt(3) + (pace < 0.8 ? 2 : 0);
        for (int i = 0; i < waiting; i++) {
            LocalDate coupledOn = today.minusWeeks(1 + random.nextInt(pace < 0.8 ? 20 : 10));
            households.add(new Household(code, "DEMO-" + code + "-WAIT-" + i, 1 + random.nextInt(5), coupledOn, null));
        }
        return households;
    }

    /** The name a province's file goes under, in letters a URL and a file system take as they are: demo-PV21-fryslan.csv. */
    static String fileName(String province, String provinceName) {
        String plain = Normalizer.normalize(provinceName.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "demo-" + province + "-" + plain.replaceAll("[^a-z]+", "-") + ".csv";
    }

    /** One file of COA's records (CSV) per province, by the province's code, its households in the order given. */
    static Map<String, String> files(DemoFigures figures, List<Household> households) {
        Map<String, StringBuilder> files = new TreeMap<>();
        for (Household household : households) {
            String province = figures.municipalities.get(household.municipality()).provinceCode();
            files.computeIfAbsent(province, p -> new StringBuilder(HEADER).append('\n')).append(household.line()).append('\n');
        }
        Map<String, String> texts = new TreeMap<>();
        files.forEach((province, text) -> texts.put(province, text.toString()));
        return texts;
    }
}
