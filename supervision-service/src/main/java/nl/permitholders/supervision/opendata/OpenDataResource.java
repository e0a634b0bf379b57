package nl.permitholders.supervision.opendata;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Date;
import java.util.Optional;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open data, for everyone: no token (docs/open-data.md, docs/security.md). {@code @PermitAll} here is the one
 * exception to the service's rule that every endpoint declares its roles; what it serves is published figures per
 * municipality only. Every answer, the catalogue's too, carries its SHA-256 as a strong ETag and, where it has one,
 * its publication time as Last-Modified, and a conditional GET that still holds is answered 304 (If-None-Match compared
 * weakly, as RFC 9110 says). Public answers may be kept by shared caches: they set no cookie (see the dashboard's
 * FormTokenOnDashboardOnly). Links are built from the address the caller used, behind the ingress its forwarded
 * scheme and host (quarkus.http.proxy).
 */
@Path(SupervisionApi.BASE + "/open-data")
@PermitAll
@SecurityRequirementsSet
@Tag(name = "Open data", description = "Published figures per municipality and half-year and per month; no token needed")
public class OpenDataResource {

    /** The latest version, in a file's address. */
    static final String LATEST = "latest";
    private static final String VERSION_PATTERN = "^([1-9][0-9]{0,5}|latest)$";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String POPULATION_DATE = "^[0-9]{4}-01-01$";

    @Inject
    OpenDataQueries openData;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** The service sets Cache-Control: no-store on every answer (platform); a published file is cacheable instead. */
    @Context
    HttpServerResponse vertxResponse;

    @GET
    @Path("/catalog")
    @Produces(Catalogue.MEDIA_TYPE)
    @Operation(operationId = "getOpenDataCatalogue",
            summary = "The DCAT-AP catalogue of the open data (JSON-LD)",
            description = "One dcat:Dataset per published half-year with its title, description, temporal coverage, update "
                    + "frequency, publisher and licence, its latest version's distributions (CSV and JSON, per half-year and per "
                    + "month) and every published version (dcat:hasVersion) with the reason it was published; and one of CBS's "
                    + "populations as the system uses them (CC BY 4.0, Bron: CBS), a CSV and a JSON per reference date.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = Catalogue.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag (If-None-Match, compared weakly) or date (If-Modified-Since) given still holds")
    public Uni<Response> catalogue() {
        return Uni.combine().all().unis(openData.versions(), openData.referenceDates()).asTuple().map(both -> {
            byte[] bytes;
            try {
                bytes = json.writeValueAsBytes(Catalogue.of(base(), both.getItem1(), both.getItem2()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("the catalogue is plain maps and lists", e);
            }
            // changed when a version is published (its time) or anything else in it changes (its tag)
            Date modified = both.getItem1().stream().map(PublishedVersion::publishedAt).max(java.util.Comparator.naturalOrder())
                    .map(at -> Date.from(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))).orElse(null);
            return conditional(bytes, Catalogue.MEDIA_TYPE, modified).cacheControl(revalidated()).build();
        });
    }

    /**
     * The answer to a GET of {@code bytes}: 304 while the caller's copy holds ({@link ConditionalGetRule}), else 200 with
     * them; either with the bytes' SHA-256 as a strong ETag and, where known, Last-Modified.
     */
    private Response.ResponseBuilder conditional(byte[] bytes, String mediaType, Date modified) {
        EntityTag tag = new EntityTag(OpenDataFiles.sha256(bytes));
        boolean holds = ConditionalGetRule.stillHolds(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH),
                headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), tag.getValue(), modified == null ? null : modified.toInstant());
        Response.ResponseBuilder answer = ownCaching(holds ? Response.notModified() : Response.ok(bytes, mediaType)).tag(tag);
        return modified == null ? answer : answer.lastModified(modified);
    }

    @GET
    @Path("/datasets/{period}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataDataset",
            summary = "A half-year's open data: every published version, with its reason and its files",
            description = "404 until the half-year is published. A version is never changed: a correction is the next version.")
    @APIResponse(responseCode = "200", description = "The half-year's versions, first to last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenDataDatasetView.class)))
    public Uni<OpenDataDatasetView> dataset(@Parameter(description = "the half-year, yyyy-Hn",
            schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String periodText) {
        Period period = PeriodParam.parse("period", periodText);
        return openData.versions(period).map(versions -> {
            if (versions.isEmpty()) {
                throw notPublished(period);
            }
            return OpenDataDatasetView.of(base() + "/datasets/" + period, versions);
        });
    }

    @GET
    @Path("/datasets/{period}/versions/{version}/half-year.csv")
    @Produces(CSV)
    @Operation(operationId = "getOpenDataHalfYearCsv", summary = "Per municipality, the half-year's figures on its position date, as CSV")
    @APIResponse(responseCode = "200", description = "The file as published (semicolons, UTF-8 with a byte-order mark)",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag (If-None-Match) or date (If-Modified-Since) given still holds")
    public Uni<Response> halfYearCsv(@Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String period,
                                     @Parameter(description = "a version's number, or latest",
                                             schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN)) @PathParam("version") String version) {
        return file(period, version, OpenDataFile.HALF_YEAR_CSV);
    }

    @GET
    @Path("/datasets/{period}/versions/{version}/half-year.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataHalfYearJson", summary = "Per municipality, the half-year's figures on its position date, as JSON")
    @APIResponse(responseCode = "200", description = "The file as published",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenDataFiles.HalfYearFile.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag (If-None-Match) or date (If-Modified-Since) given still holds")
    public Uni<Response> halfYearJson(@Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String period,
                                      @Parameter(description = "a version's number, or latest",
                                              schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN)) @PathParam("version") String version) {
        return file(period, version, OpenDataFile.HALF_YEAR_JSON);
    }

    @GET
    @Path("/datasets/{period}/versions/{version}/monthly.csv")
    @Produces(CSV)
    @Operation(operationId = "getOpenDataMonthlyCsv", summary = "Per municipality and month of the half-year, the position at the month's end, as CSV")
    @APIResponse(responseCode = "200", description = "The file as published (semicolons, UTF-8 with a byte-order mark)",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag (If-None-Match) or date (If-Modified-Since) given still holds")
    public Uni<Response> monthlyCsv(@Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String period,
                                    @Parameter(description = "a version's number, or latest",
                                            schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN)) @PathParam("version") String version) {
        return file(period, version, OpenDataFile.MONTHLY_CSV);
    }

    @GET
    @Path("/datasets/{period}/versions/{version}/monthly.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataMonthlyJson", summary = "Per municipality and month of the half-year, the position at the month's end, as JSON")
    @APIResponse(responseCode = "200", description = "The file as published",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenDataFiles.MonthlyFile.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag (If-None-Match) or date (If-Modified-Since) given still holds")
    public Uni<Response> monthlyJson(@Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String period,
                                     @Parameter(description = "a version's number, or latest",
                                             schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN)) @PathParam("version") String version) {
        return file(period, version, OpenDataFile.MONTHLY_JSON);
    }

    @GET
    @Path("/populations/{referenceDate}/populations.csv")
    @Produces(CSV)
    @Operation(operationId = "getOpenDataPopulationsCsv",
            summary = "CBS's population per municipality on a reference date, as the system uses it, as CSV (CC BY 4.0, Bron: CBS)")
    @APIResponse(responseCode = "200", description = "The populations (semicolons, UTF-8 with a byte-order mark)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag given (If-None-Match) still holds")
    public Uni<Response> populationsCsv(@Parameter(description = "the reference date, a 1 January (yyyy-01-01)",
            schema = @Schema(type = SchemaType.STRING, format = "date", pattern = POPULATION_DATE)) @PathParam("referenceDate") String referenceDate) {
        return populationFile(referenceDate, false);
    }

    @GET
    @Path("/populations/{referenceDate}/populations.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataPopulationsJson",
            summary = "CBS's population per municipality on a reference date, as the system uses it, as JSON (CC BY 4.0, Bron: CBS)")
    @APIResponse(responseCode = "200", description = "The populations, with their source, licence and attribution",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopulationFiles.File.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag given (If-None-Match) still holds")
    public Uni<Response> populationsJson(@Parameter(description = "the reference date, a 1 January (yyyy-01-01)",
            schema = @Schema(type = SchemaType.STRING, format = "date", pattern = POPULATION_DATE)) @PathParam("referenceDate") String referenceDate) {
        return populationFile(referenceDate, true);
    }

    /**
     * The populations on a reference date as supervision holds them now: CBS may publish a corrected figure (a higher
     * version), so the file is revalidated (ETag, its SHA-256), not immutable; no Last-Modified, as the figures carry no
     * time of change.
     */
    private Uni<Response> populationFile(String referenceDateText, boolean json) {
        if (referenceDateText == null || !referenceDateText.matches(POPULATION_DATE)) {
            throw InvalidInputException.of("referenceDate", "must be a 1 January, yyyy-01-01");
        }
        java.time.LocalDate referenceDate;
        try {
            referenceDate = java.time.LocalDate.parse(referenceDateText);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("referenceDate", "must be a 1 January, yyyy-01-01");
        }
        return openData.populationsOn(referenceDate).map(rows -> {
            if (rows.isEmpty()) {
                throw new ResourceNotFoundException("No population is known on " + referenceDate + ".");
            }
            byte[] bytes = json ? PopulationFiles.json(referenceDate, rows) : PopulationFiles.csv(rows);
            return conditional(bytes, json ? MediaType.APPLICATION_JSON : CSV, null).cacheControl(revalidated()).build();
        });
    }

    /**
     * A file as published, or 304 when the caller's copy still holds. A numbered version never changes, so it may be
     * cached for a year; "latest" is revalidated, and says which version it is (Content-Location).
     */
    private Uni<Response> file(String periodText, String versionText, OpenDataFile file) {
        Period period = PeriodParam.parse("period", periodText);
        Optional<Integer> version = version(versionText);
        return openData.file(period, version, file).map(found -> {
            PublishedFile published = found.orElseThrow(() -> version.isEmpty() ? notPublished(period)
                    : new ResourceNotFoundException("Version " + version.get() + " of " + period + " has not been published."));
            Date modified = Date.from(published.version().publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            CacheControl caching = version.isPresent() ? immutable() : revalidated();
            Response.ResponseBuilder answer = conditional(published.bytes(), file.mediaType.equals("text/csv") ? CSV : file.mediaType, modified)
                    .cacheControl(caching);
            if (version.isEmpty()) {
                answer.header("Content-Location", URI.create(base() + "/datasets/" + period + "/versions/"
                        + published.version().version() + "/" + file.fileName));
            }
            return answer.build();
        });
    }

    /** Leaves the caching to {@code answer}: without the service's no-store, which would forbid any cache to keep it. */
    private Response.ResponseBuilder ownCaching(Response.ResponseBuilder answer) {
        vertxResponse.headers().remove("Cache-Control");
        return answer;
    }

    private static Optional<Integer> version(String text) {
        if (text == null || !text.matches(VERSION_PATTERN)) {
            throw InvalidInputException.of("version", "must be a version's number (1, 2, ...) or latest");
        }
        return text.equals(LATEST) ? Optional.empty() : Optional.of(Integer.parseInt(text));
    }

    private static ResourceNotFoundException notPublished(Period period) {
        return new ResourceNotFoundException("The open data of " + period + " has not been published.");
    }

    private static CacheControl immutable() {
        CacheControl caching = new CacheControl();
        caching.setMaxAge(31_536_000);
        caching.getCacheExtension().put("immutable", null);
        caching.getCacheExtension().put("public", null);
        return caching;
    }

    private static CacheControl revalidated() {
        CacheControl caching = new CacheControl();
        caching.setNoCache(true);
        caching.getCacheExtension().put("public", null);
        return caching;
    }

    /** This API's open data address as the caller reached it, e.g. https://example.org/supervision/v1/open-data. */
    private String base() {
        return uri.getBaseUriBuilder().path(SupervisionApi.BASE).path("open-data").build().toString().replaceAll("/$", "");
    }
}
