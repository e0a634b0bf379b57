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
 *
 * <p>It meets DCAT-AP 3.0.0's SHACL shapes, mandatory, recommended and ranges (OpenDataCachingTest): every value from a
 * controlled vocabulary (licence, file type, media type, language, theme, frequency, place) is typed with the class the
 * range shapes ask for; the catalogue has a publisher with its type, a contact point, issued and modified, its theme
 * taxonomy, and every distribution a description and its planned availability.
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

    /** The address part of a dataset's latest version. */
    private static final String LATEST = "latest";
    static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme";
    static final String STABLE = "http://publications.europa.eu/resource/authority/planned-availability/STABLE";
    static final String NATIONAL_AUTHORITY = "http://purl.org/adms/publishertype/NationalAuthority";
    static final String PUBLIC_DOMAIN = "http://purl.org/adms/licencetype/PublicDomain";
    static final String ATTRIBUTION = "http://purl.org/adms/licencetype/Attribution";
    static final String CBS_TABLE = "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/70072NED";
    static final String CBS_ODATA = "https://opendata.cbs.nl/ODataApi/odata/70072NED";
    /** The Netherlands' European part as a box and its middle (WGS 84), as DCAT-AP asks of a place. */
    private static final String NETHERLANDS_BOX = "POLYGON((3.31 50.75, 7.23 50.75, 7.23 53.56, 3.31 53.56, 3.31 50.75))";
    private static final String NETHERLANDS_MIDDLE = "POINT(5.29 52.13)";

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
        catalogue.put("dct:license", licence(CC0));
        catalogue.put("dct:language", List.of(typed(DUTCH, "dct:LinguisticSystem"), typed(ENGLISH, "dct:LinguisticSystem")));
        catalogue.put("foaf:homepage", typed(openDataBase + "/catalog", "foaf:Document"));
        catalogue.put("dct:spatial", netherlands());
        catalogue.put("dcat:themeTaxonomy", themes());
        catalogue.put("dcat:contactPoint", contactPoint());
        versions.stream().map(PublishedVersion::publishedAt).min(java.util.Comparator.naturalOrder())
                .ifPresent(first -> catalogue.put("dct:issued", dateTime(first)));
        versions.stream().map(PublishedVersion::publishedAt).max(java.util.Comparator.naturalOrder())
                .ifPresent(last -> catalogue.put("dct:modified", dateTime(last)));
        List<Object> datasets = new ArrayList<>();
        byPeriod.forEach((period, ofPeriod) -> datasets.add(dataset(openDataBase, period, ofPeriod, referenceDates)));
        if (!referenceDates.isEmpty()) {
            datasets.add(populations(openDataBase, referenceDates));
        }
        catalogue.put("dcat:dataset", datasets);
        return catalogue;
    }

    private static Map<String, Object> dataset(String base, Period period, List<PublishedVersion> versions, List<LocalDate> referenceDates) {
        PublishedVersion first = versions.get(0);
        PublishedVersion latest = versions.get(versions.size() - 1);
        String address = base + "/datasets/" + period;
        Map<String, Object> dataset = described(address, period, referenceDates);
        dataset.put("dct:identifier", "vergunninghouders-" + period);
        dataset.put("dct:issued", dateTime(first));
        dataset.put("dct:modified", dateTime(latest));
        dataset.put("dcat:version", String.valueOf(latest.version()));
        dataset.put("adms:versionNotes", latest.reason());
        dataset.put("dcat:landingPage", typed(address, "foaf:Document"));
        dataset.put("dcat:distribution", distributions(address, LATEST, latest));
        List<Object> published = new ArrayList<>();
        for (PublishedVersion version : versions) {
            String versionAddress = address + "/versions/" + version.version();
            Map<String, Object> edition = described(versionAddress, period, referenceDates);
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
    private static Map<String, Object> described(String address, Period period, List<LocalDate> referenceDates) {
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
        dataset.put("dcat:contactPoint", contactPoint());
        dataset.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime", "dcat:startDate", date(period.firstDay()),
                "dcat:endDate", date(period.lastDay())));
        dataset.put("dct:accrualPeriodicity", typed(MONTHLY, "dct:Frequency"));
        dataset.put("dct:spatial", netherlands());
        dataset.put("dcat:theme", theme());
        dataset.put("dcat:keyword", List.of(Map.of("@language", "nl", "@value", "vergunninghouders"),
                Map.of("@language", "nl", "@value", "taakstelling"), Map.of("@language", "en", "@value", "permit holders")));
        dataset.put("dct:source", cbsPopulations(referenceDates));
        return dataset;
    }

    /**
     * R1's populations, CBS's under CC BY 4.0: credited as the source of the quotas, described as DCAT-AP asks of a
     * dataset (CBS its publisher and contact, StatLine its distribution), not redistributed here.
     */
    private static Map<String, Object> cbsPopulations(List<LocalDate> referenceDates) {
        Map<String, Object> cbs = new LinkedHashMap<>();
        cbs.put("@id", CBS_TABLE);
        cbs.put("@type", "dcat:Dataset");
        cbs.put("dct:title", text("Regionale kerncijfers Nederland (bevolking op 1 januari)", "Regional key figures (population on 1 January)"));
        cbs.put("dct:description", text("Bron: CBS. De bevolking per gemeente waarnaar de taakstelling wordt verdeeld (R1).",
                "Source: CBS. The population per municipality the quota is distributed by (R1)."));
        cbs.put("dct:publisher", cbs());
        cbs.put("dct:rightsHolder", cbs());
        cbs.put("dcat:contactPoint", Map.of("@type", List.of("vcard:Kind", "vcard:Organization"), "vcard:fn", "Centraal Bureau voor de Statistiek",
                "vcard:hasURL", id("https://www.cbs.nl/nl-nl/over-ons/contact")));
        cbs.put("dct:license", licence(CC_BY_4));
        cbs.put("dct:bibliographicCitation", "Bron: CBS");
        cbs.put("dct:spatial", netherlands());
        cbs.put("dcat:theme", theme());
        cbs.put("dcat:keyword", List.of(Map.of("@language", "nl", "@value", "bevolking"), Map.of("@language", "en", "@value", "population")));
        if (!referenceDates.isEmpty()) {
            cbs.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime", "dcat:startDate", date(referenceDates.get(0)),
                    "dcat:endDate", date(referenceDates.get(referenceDates.size() - 1))));
        }
        Map<String, Object> statLine = new LinkedHashMap<>();
        statLine.put("@id", CBS_ODATA);
        statLine.put("@type", "dcat:Distribution");
        statLine.put("dct:description", text("De tabel via CBS's OData-API (JSON); in StatLine: " + CBS_TABLE + ".",
                "The table through CBS's OData API (JSON); in StatLine: " + CBS_TABLE + "."));
        statLine.put("dcat:accessURL", id(CBS_ODATA));
        statLine.put("dct:format", typed("http://publications.europa.eu/resource/authority/file-type/JSON", "dct:MediaTypeOrExtent"));
        statLine.put("dct:license", licence(CC_BY_4));
        statLine.put("dcatap:availability", stable());
        cbs.put("dcat:distribution", List.of(statLine));
        return cbs;
    }

    /** CBS, one node wherever it is named (its address as its identifier). */
    private static Map<String, Object> cbs() {
        return Map.of("@id", "https://www.cbs.nl/", "@type", "foaf:Agent", "foaf:name", "Centraal Bureau voor de Statistiek",
                "dct:type", nationalAuthority());
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
        dataset.put("dct:rightsHolder", cbs());
        dataset.put("dcat:contactPoint", contactPoint());
        dataset.put("dct:bibliographicCitation", "Bron: CBS");
        dataset.put("dct:source", cbsPopulations(referenceDates));
        dataset.put("dct:license", licence(CC_BY_4));
        dataset.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime", "dcat:startDate", date(referenceDates.get(0)),
                "dcat:endDate", date(referenceDates.get(referenceDates.size() - 1))));
        dataset.put("dct:accrualPeriodicity", typed(ANNUAL, "dct:Frequency"));
        dataset.put("dct:spatial", netherlands());
        dataset.put("dcat:theme", theme());
        dataset.put("dcat:keyword", List.of(Map.of("@language", "nl", "@value", "bevolking"),
                Map.of("@language", "en", "@value", "population")));
        dataset.put("dcat:landingPage", typed(PopulationFiles.SOURCE, "foaf:Document"));
        List<Object> distributions = new ArrayList<>();
        for (LocalDate referenceDate : referenceDates) {
            for (String format : List.of("CSV", "JSON")) {
                String download = address + "/" + referenceDate + "/populations." + format.toLowerCase(java.util.Locale.ROOT);
                Map<String, Object> distribution = new LinkedHashMap<>();
                distribution.put("@id", download);
                distribution.put("@type", "dcat:Distribution");
                distribution.put("dct:title", text("Bevolking op " + referenceDate + ", " + format, "Population on " + referenceDate + ", " + format));
                distribution.put("dct:description", text("De bevolking per gemeente op " + referenceDate + " als " + format
                        + ", zoals het systeem haar gebruikt (Bron: CBS).", "The population per municipality on " + referenceDate
                        + " as " + format + ", as the system uses it (source: CBS)."));
                distribution.put("dcat:accessURL", id(PopulationFiles.SOURCE));
                distribution.put("dcat:downloadURL", id(download));
                distribution.put("dct:format", typed("http://publications.europa.eu/resource/authority/file-type/" + format, "dct:MediaTypeOrExtent"));
                distribution.put("dcat:mediaType", typed(format.equals("CSV") ? "https://www.iana.org/assignments/media-types/text/csv"
                        : "https://www.iana.org/assignments/media-types/application/json", "dct:MediaType"));
                distribution.put("dct:license", licence(CC_BY_4));
                distribution.put("dcatap:availability", stable());
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
            distribution.put("dct:description", text((file.monthly()
                            ? "Per gemeente en maand van het halfjaar de stand aan het eind van de maand, als "
                            : "Per gemeente de cijfers van het halfjaar op zijn standdatum, als ") + file.format
                            + (version.equals(LATEST) ? ": de laatste versie." : ": versie " + version + ", die nooit verandert."),
                    (file.monthly() ? "Per municipality and month of the half-year the position at the month's end, as "
                            : "Per municipality the half-year's figures on its position date, as ") + file.format
                            + (version.equals(LATEST) ? ": the latest version." : ": version " + version + ", which never changes.")));
            distribution.put("dcat:accessURL", id(datasetAddress));
            distribution.put("dcat:downloadURL", id(download));
            distribution.put("dct:format", typed(file.formatIri(), "dct:MediaTypeOrExtent"));
            distribution.put("dcat:mediaType", typed(file.mediaTypeIri, "dct:MediaType"));
            distribution.put("dct:license", licence(CC0));
            distribution.put("dct:issued", dateTime(published));
            distribution.put("dcatap:availability", stable());
            distributions.add(distribution);
        }
        return distributions;
    }

    private static Map<String, Object> publisher() {
        return Map.of("@type", "foaf:Agent", "foaf:name", "Permit holder housing (supervision-service)",
                "dct:type", nationalAuthority());
    }

    private static Map<String, Object> contactPoint() {
        return Map.of("@type", List.of("vcard:Kind", "vcard:Organization"), "vcard:fn", "Permit holder housing team",
                "vcard:hasEmail", id("mailto:housing-permit-holders@example.org"));
    }

    /** A licence of the EU's vocabulary, typed, with its kind (ADMS licence types). */
    private static Map<String, Object> licence(String iri) {
        return Map.of("@id", iri, "@type", "dct:LicenseDocument", "dct:type", iri.equals(CC0)
                ? concept(PUBLIC_DOMAIN, "Publiek domein", "Public domain") : concept(ATTRIBUTION, "Naamsvermelding", "Attribution"));
    }

    private static Map<String, Object> netherlands() {
        return Map.of("@id", NETHERLANDS, "@type", "dct:Location",
                "dcat:bbox", Map.of("@value", NETHERLANDS_BOX, "@type", "gsp:wktLiteral"),
                "dcat:centroid", Map.of("@value", NETHERLANDS_MIDDLE, "@type", "gsp:wktLiteral"));
    }

    private static Map<String, Object> theme() {
        Map<String, Object> theme = new LinkedHashMap<>(concept(SOCIETY, "Bevolking en samenleving", "Population and society"));
        theme.put("skos:inScheme", themes());
        return theme;
    }

    private static Map<String, Object> themes() {
        return Map.of("@id", THEMES, "@type", "skos:ConceptScheme", "dct:title", text("Datathema's", "Data themes"));
    }

    private static Map<String, Object> stable() {
        return concept(STABLE, "Stabiel", "Stable");
    }

    private static Map<String, Object> nationalAuthority() {
        return concept(NATIONAL_AUTHORITY, "Nationale overheid", "National authority");
    }

    /** A term of a vocabulary DCAT-AP asks a label of: a skos:Concept with its label in Dutch and English. */
    private static Map<String, Object> concept(String iri, String dutch, String english) {
        return Map.of("@id", iri, "@type", "skos:Concept", "skos:prefLabel", text(dutch, english));
    }

    /** A term of a vocabulary with the class DCAT-AP's range shapes ask for. */
    private static Map<String, Object> typed(String iri, String type) {
        return Map.of("@id", iri, "@type", type);
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
        return dateTime(version.publishedAt());
    }

    private static Map<String, Object> dateTime(java.time.Instant at) {
        return Map.of("@value", at.toString(), "@type", "xsd:dateTime");
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("adms", "http://www.w3.org/ns/adms#");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("dcatap", "http://data.europa.eu/r5r/");
        context.put("gsp", "http://www.opengis.net/ont/geosparql#");
        return context;
    }
}
