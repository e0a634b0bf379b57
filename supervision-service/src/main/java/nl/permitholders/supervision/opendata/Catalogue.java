package nl.permitholders.supervision.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.period.Period;

/**
 * The DCAT-AP catalogue of the open data, as JSON-LD with its context in the document itself: one dcat:Dataset per
 * half-year (its latest version's four distributions at the stable "latest" addresses), and each published version as
 * a dcat:Dataset of its own (dcat:hasVersion, with dcat:version and adms:versionNotes, the reason it was published)
 * whose distributions are that version's files, which never change. Terms and vocabularies: DCAT-AP 3 and the EU's
 * authority tables (licences, frequencies, file types, data themes, countries). Beside them one dcat:Dataset of CBS's
 * populations as the system uses them (CC BY 4.0, "Bron: CBS", CBS's StatLine table as dct:source).
 */
public final class Catalogue {

    public static final String MEDIA_TYPE = "application/ld+json";

    static final String CC0 = OpenDataFiles.LICENCE;
    static final String CC_BY_4 = "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0";
    static final String MONTHLY = "http://publications.europa.eu/resource/authority/frequency/MONTHLY";
    static final String ANNUAL = "http://publications.europa.eu/resource/authority/frequency/ANNUAL";
    static final String NETHERLANDS = "http://publications.europa.eu/resource/authority/country/NLD";
    static final String SOCIETY = "http://publications.europa.eu/resource/authority/data-theme/SOCI";
    static final String DUTCH = "http://publications.europa.eu/resource/authority/language/NLD";
    static final String ENGLISH = "http://publications.europa.eu/resource/authority/language/ENG";

    private static final Map<String, Object> CONTEXT = context();

    private Catalogue() {
    }

    /** The catalogue without populations. */
    public static Map<String, Object> of(String openDataBase, List<PublishedVersion> versions) {
        return of(openDataBase, versions, List.of());
    }

    /**
     * @param openDataBase   where the API is, e.g. {@code https://example.org/supervision/v1/open-data}, without a trailing slash
     * @param referenceDates the reference dates of the populations supervision holds (none: no populations dataset)
     */
    public static Map<String, Object> of(String openDataBase, List<PublishedVersion> versions, List<LocalDate> referenceDates) {
        Map<Period, List<PublishedVersion>> byPeriod = new TreeMap<>();
        versions.forEach(v -> byPeriod.computeIfAbsent(v.period(), k -> new ArrayList<>()).add(v));
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", CONTEXT);
        catalogue.put("@id", openDataBase + "/catalog");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", text("Open data huisvesting vergunninghouders", "Open data on housing permit holders"));
        catalogue.put("dct:description", text(
                "Per gemeente en halfjaar, en per maand zoals de monitor van Opnieuw Thuis publiceert: taakstelling, "
                        + "gecorrigeerde taakstelling, gehuisveste personen, achterstand of voorsprong en schemakleur. "
                        + "Niets onder het niveau van de gemeente en niets persoonlijks.",
                "Per municipality and half-year, and per month as the Opnieuw Thuis monitor publishes: the quota, the adjusted "
                        + "quota, persons housed, the backlog or lead and the schedule colour. Nothing below municipality level "
                        + "and nothing personal."));
        catalogue.put("dct:publisher", publisher());
        catalogue.put("dct:license", id(CC0));
        catalogue.put("dct:language", List.of(id(DUTCH), id(ENGLISH)));
        catalogue.put("foaf:homepage", id(openDataBase + "/catalog"));
        List<Object> datasets = new ArrayList<>();
        byPeriod.forEach((period, ofPeriod) -> datasets.add(dataset(openDataBase, period, ofPeriod)));
        if (!referenceDates.isEmpty()) {
            datasets.add(populations(openDataBase, referenceDates));
        }
        catalogue.put("dcat:dataset", datasets);
        return catalogue;
    }

    private static Map<String, Object> dataset(String base, Period period, List<PublishedVersion> versions) {
        PublishedVersion first = versions.get(0);
        PublishedVersion latest = versions.get(versions.size() - 1);
        String address = base + "/datasets/" + period;
        Map<String, Object> dataset = described(address, period);
        dataset.put("dct:identifier", "vergunninghouders-" + period);
        dataset.put("dct:issued", dateTime(first));
        dataset.put("dct:modified", dateTime(latest));
        dataset.put("dcat:version", String.valueOf(latest.version()));
        dataset.put("adms:versionNotes", latest.reason());
        dataset.put("dcat:landingPage", id(address));
        dataset.put("dcat:distribution", distributions(address, "latest", latest));
        List<Object> published = new ArrayList<>();
        for (PublishedVersion version : versions) {
            String versionAddress = address + "/versions/" + version.version();
            Map<String, Object> edition = described(versionAddress, period);
            edition.put("dcat:version", String.valueOf(version.version()));
            edition.put("adms:versionNotes", version.reason());
            edition.put("dct:issued", dateTime(version));
            edition.put("dcat:isVersionOf", id(address));
            edition.put("dcat:distribution", distributions(address, String.valueOf(version.version()), version));
            published.add(edition);
        }
        dataset.put("dcat:hasVersion", published);
        return dataset;
    }

    /** What every dataset of a half-year says: title, description, coverage, frequency, source. */
    private static Map<String, Object> described(String address, Period period) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", address);
        dataset.put("@type", "dcat:Dataset");
        String roman = period.year() + "-" + (period.half() == 1 ? "I" : "II");
        dataset.put("dct:title", text("Huisvesting vergunninghouders per gemeente, " + roman,
                "Housing permit holders per municipality, " + period));
        dataset.put("dct:description", text(
                "Per gemeente de taakstelling, gecorrigeerde taakstelling, gehuisveste personen, achterstand of voorsprong en "
                        + "schemakleur van " + roman + ", op de stand van het halfjaar (half-year) en aan het eind van elke maand "
                        + "(monthly). De taakstelling rust op de bevolkingscijfers van het CBS (Bron: CBS).",
                "Per municipality the quota, adjusted quota, persons housed, backlog or lead and schedule colour of " + period
                        + ", on the half-year's position (half-year) and at the end of each month (monthly). The quota rests "
                        + "on CBS's population figures (source: CBS)."));
        dataset.put("dct:publisher", publisher());
        dataset.put("dcat:contactPoint", Map.of("@type", "vcard:Organization", "vcard:fn", "Permit holder housing team",
                "vcard:hasEmail", id("mailto:housing-permit-holders@example.org")));
        dataset.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime", "dcat:startDate", date(period.firstDay()),
                "dcat:endDate", date(period.lastDay())));
        dataset.put("dct:accrualPeriodicity", id(MONTHLY));
        dataset.put("dct:spatial", id(NETHERLANDS));
        dataset.put("dcat:theme", id(SOCIETY));
        dataset.put("dcat:keyword", List.of(Map.of("@language", "nl", "@value", "vergunninghouders"),
                Map.of("@language", "nl", "@value", "taakstelling"), Map.of("@language", "en", "@value", "permit holders")));
        dataset.put("dct:source", cbsPopulations());
        return dataset;
    }

    /** R1's populations, CBS's under CC BY 4.0: credited as the source of the quotas, not redistributed here. */
    private static Map<String, Object> cbsPopulations() {
        Map<String, Object> cbs = new LinkedHashMap<>();
        cbs.put("@id", "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/70072NED");
        cbs.put("@type", "dcat:Dataset");
        cbs.put("dct:title", text("Regionale kerncijfers Nederland (bevolking op 1 januari)", "Regional key figures (population on 1 January)"));
        cbs.put("dct:description", text("Bron: CBS. De bevolking per gemeente waarnaar de taakstelling wordt verdeeld (R1).",
                "Source: CBS. The population per municipality the quota is distributed by (R1)."));
        cbs.put("dct:rightsHolder", Map.of("@type", "foaf:Agent", "foaf:name", "Centraal Bureau voor de Statistiek"));
        cbs.put("dct:license", id(CC_BY_4));
        cbs.put("dct:bibliographicCitation", "Bron: CBS");
        return cbs;
    }

    /**
     * CBS's populations as the system uses them (R1), redistributed under CBS's licence, CC BY 4.0, with the attribution
     * it asks for ("Bron: CBS") and CBS's StatLine table as the source: one CSV and one JSON per reference date.
     */
    private static Map<String, Object> populations(String base, List<LocalDate> referenceDates) {
        String address = base + "/populations";
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", address);
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", "bevolking-cbs");
        dataset.put("dct:title", text("Bevolking per gemeente op 1 januari (CBS), zoals gebruikt voor de taakstelling",
                "Population per municipality on 1 January (CBS), as used for the quotas"));
        dataset.put("dct:description", text(
                "Bron: CBS. De bevolkingscijfers van het CBS per gemeente en peildatum (1 januari) waarnaar de taakstelling wordt "
                        + "verdeeld (R1), zoals het systeem ze gebruikt: de hoogste versie van elk cijfer. Voor de voortzettende gemeente "
                        + "van een herindeling, zolang het CBS haar niet telt, het cijfer dat de provincie bij de herindeling vaststelde. "
                        + "Licentie CC BY 4.0 van het CBS: vermeld \"Bron: CBS\".",
                "Source: CBS. CBS's population per municipality and reference date (1 January) by which the quota is distributed "
                        + "(R1), as the system uses them: the highest version of each figure. For the continuing municipality of a "
                        + "merger, until CBS counts it, the figure the province set with the merger. Licensed CC BY 4.0 by CBS: "
                        + "credit \"Bron: CBS\"."));
        dataset.put("dct:publisher", publisher());
        dataset.put("dct:rightsHolder", Map.of("@type", "foaf:Agent", "foaf:name", "Centraal Bureau voor de Statistiek"));
        dataset.put("dct:bibliographicCitation", "Bron: CBS");
        dataset.put("dct:source", id(PopulationFiles.SOURCE));
        dataset.put("dct:license", id(CC_BY_4));
        dataset.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime", "dcat:startDate", date(referenceDates.get(0)),
                "dcat:endDate", date(referenceDates.get(referenceDates.size() - 1))));
        dataset.put("dct:accrualPeriodicity", id(ANNUAL));
        dataset.put("dct:spatial", id(NETHERLANDS));
        dataset.put("dcat:theme", id(SOCIETY));
        dataset.put("dcat:keyword", List.of(Map.of("@language", "nl", "@value", "bevolking"),
                Map.of("@language", "en", "@value", "population")));
        dataset.put("dcat:landingPage", id(PopulationFiles.SOURCE));
        List<Object> distributions = new ArrayList<>();
        for (LocalDate referenceDate : referenceDates) {
            for (String format : List.of("CSV", "JSON")) {
                String download = address + "/" + referenceDate + "/populations." + format.toLowerCase(java.util.Locale.ROOT);
                Map<String, Object> distribution = new LinkedHashMap<>();
                distribution.put("@id", download);
                distribution.put("@type", "dcat:Distribution");
                distribution.put("dct:title", text("Bevolking op " + referenceDate + ", " + format, "Population on " + referenceDate + ", " + format));
                distribution.put("dcat:accessURL", id(PopulationFiles.SOURCE));
                distribution.put("dcat:downloadURL", id(download));
                distribution.put("dct:format", id("http://publications.europa.eu/resource/authority/file-type/" + format));
                distribution.put("dcat:mediaType", id(format.equals("CSV") ? "https://www.iana.org/assignments/media-types/text/csv"
                        : "https://www.iana.org/assignments/media-types/application/json"));
                distribution.put("dct:license", id(CC_BY_4));
                distributions.add(distribution);
            }
        }
        dataset.put("dcat:distribution", distributions);
        return dataset;
    }

    private static List<Object> distributions(String datasetAddress, String version, PublishedVersion published) {
        List<Object> distributions = new ArrayList<>();
        for (OpenDataFile file : OpenDataFile.values()) {
            String download = datasetAddress + "/versions/" + version + "/" + file.fileName;
            Map<String, Object> distribution = new LinkedHashMap<>();
            distribution.put("@id", download);
            distribution.put("@type", "dcat:Distribution");
            distribution.put("dct:title", text((file.monthly() ? "Per maand" : "Per halfjaar") + ", " + file.format,
                    (file.monthly() ? "Per month" : "Per half-year") + ", " + file.format));
            distribution.put("dcat:accessURL", id(datasetAddress));
            distribution.put("dcat:downloadURL", id(download));
            distribution.put("dct:format", id(file.formatIri()));
            distribution.put("dcat:mediaType", id(file.mediaTypeIri));
            distribution.put("dct:license", id(CC0));
            distribution.put("dct:issued", dateTime(published));
            distributions.add(distribution);
        }
        return distributions;
    }

    private static Map<String, Object> publisher() {
        return Map.of("@type", "foaf:Agent", "foaf:name", "Permit holder housing (supervision-service)");
    }

    private static List<Object> text(String dutch, String english) {
        return List.of(Map.of("@language", "nl", "@value", dutch), Map.of("@language", "en", "@value", english));
    }

    private static Map<String, Object> id(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, Object> date(LocalDate date) {
        return Map.of("@value", date.toString(), "@type", "xsd:date");
    }

    private static Map<String, Object> dateTime(PublishedVersion version) {
        return Map.of("@value", version.publishedAt().toString(), "@type", "xsd:dateTime");
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("adms", "http://www.w3.org/ns/adms#");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return context;
    }
}
