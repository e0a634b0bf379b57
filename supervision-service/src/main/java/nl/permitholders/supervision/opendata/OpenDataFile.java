package nl.permitholders.supervision.opendata;

/** The files of a version: each table as CSV and as JSON, at the same place under the version's address. */
public enum OpenDataFile {
    HALF_YEAR_CSV("half-year.csv", "half_year_csv", "text/csv", "https://www.iana.org/assignments/media-types/text/csv", "CSV"),
    HALF_YEAR_JSON("half-year.json", "half_year_json", "application/json", "https://www.iana.org/assignments/media-types/application/json", "JSON"),
    MONTHLY_CSV("monthly.csv", "monthly_csv", "text/csv", "https://www.iana.org/assignments/media-types/text/csv", "CSV"),
    MONTHLY_JSON("monthly.json", "monthly_json", "application/json", "https://www.iana.org/assignments/media-types/application/json", "JSON");

    /** Its name in the address. */
    public final String fileName;
    final String column;
    /** What it is served as: text/csv with its charset. */
    public final String mediaType;
    /** The media type as DCAT-AP names it: IANA's register. */
    public final String mediaTypeIri;
    /** The file type as the EU's vocabulary names it (dct:format). */
    public final String format;

    OpenDataFile(String fileName, String column, String mediaType, String mediaTypeIri, String format) {
        this.fileName = fileName;
        this.column = column;
        this.mediaType = mediaType;
        this.mediaTypeIri = mediaTypeIri;
        this.format = format;
    }

    public boolean monthly() {
        return this == MONTHLY_CSV || this == MONTHLY_JSON;
    }

    /** The EU's file type vocabulary's address for it. */
    public String formatIri() {
        return "http://publications.europa.eu/resource/authority/file-type/" + format;
    }
}
