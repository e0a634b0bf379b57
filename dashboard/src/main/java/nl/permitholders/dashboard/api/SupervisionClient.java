package nl.permitholders.dashboard.api;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.rest.client.reactive.ClientQueryParam;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

/**
 * supervision-service's public API (/supervision/v1, docs/supervision-api.md), as the pages read and write it: each call
 * with the signed-in person's own token ({@code authorization}), so that supervision's role and tenant checks decide what
 * they see and record. An answer of 4xx or 5xx fails the Uni with a {@link Refusal} that carries its status and the
 * fields it names. Each operation is named by its operationId.
 */
@RegisterRestClient(configKey = "supervision")
@Path("/supervision/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SupervisionClient {

    String PDF = "application/pdf";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Refusal.of(response);
    }

    /** getProvinceFigures. */
    @GET
    @Path("/provinces/{code}/periods/{period}")
    Uni<ProvinceFigures> provinceFigures(@PathParam("code") String code, @PathParam("period") String period,
                                         @HeaderParam("Authorization") String authorization);

    /** getProvinceTimeline: the province's backlog at every deadline. */
    @GET
    @Path("/provinces/{code}/timeline")
    Uni<Timeline> provinceTimeline(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** getNationalFigures: the country and every province, for the Rijk. */
    @GET
    @Path("/national/periods/{period}")
    Uni<NationalFigures> nationalFigures(@PathParam("period") String period, @HeaderParam("Authorization") String authorization);

    /** getNationalFiguresPerHalfYear: the country and every province in each half-year from to to, the oldest first. */
    @GET
    @Path("/national/periods")
    Uni<List<NationalFigures>> nationalFiguresPerHalfYear(@QueryParam("from") String from, @QueryParam("to") String to,
                                                          @HeaderParam("Authorization") String authorization);

    /** getNationalSeries: the country per half-year, from to to, the oldest first. */
    @GET
    @Path("/national/series")
    Uni<List<NationalSeries>> nationalSeries(@QueryParam("from") String from, @QueryParam("to") String to,
                                             @HeaderParam("Authorization") String authorization);

    /** listKeptScenarios: the Rijk's kept scenarios, by name, without their figures. */
    @GET
    @Path("/scenarios")
    Uni<List<ScenarioComparison.Kept>> keptScenarios(@HeaderParam("Authorization") String authorization);

    /** listProvinceScenarios: a province's own kept scenarios, by name, without their figures. */
    @GET
    @Path("/provinces/{code}/scenarios")
    Uni<List<ScenarioComparison.Kept>> provinceScenarios(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** keepScenario: a scenario kept by name as the Rijk's working paper (201 new, 200 replaced). */
    @PUT
    @Path("/scenarios/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> keepScenario(@PathParam("name") String name, ScenarioComparison.Keep scenario,
                               @HeaderParam("Authorization") String authorization);

    /** keepProvinceScenario: a scenario kept by name as the province's own working paper. */
    @PUT
    @Path("/provinces/{code}/scenarios/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> keepProvinceScenario(@PathParam("code") String code, @PathParam("name") String name, ScenarioComparison.Keep scenario,
                                       @HeaderParam("Authorization") String authorization);

    /** deleteKeptScenario: the Rijk throws one of its kept scenarios away (204; 404 when none by the name). */
    @DELETE
    @Path("/scenarios/{name}")
    Uni<Response> deleteKeptScenario(@PathParam("name") String name, @HeaderParam("Authorization") String authorization);

    /** deleteProvinceScenario: a province's own staff throw one of its kept scenarios away. */
    @DELETE
    @Path("/provinces/{code}/scenarios/{name}")
    Uni<Response> deleteProvinceScenario(@PathParam("code") String code, @PathParam("name") String name,
                                         @HeaderParam("Authorization") String authorization);

    /** compareScenarios: up to three scenarios side by side; nothing is stored. */
    @POST
    @Path("/scenario-comparisons")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<ScenarioComparison> compareScenarios(ScenarioComparison.Request request, @HeaderParam("Authorization") String authorization);

    /** compareScenarios as a workbook: the same comparison, its assumptions on a sheet of their own. */
    @POST
    @Path("/scenario-comparisons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(XLSX)
    Uni<byte[]> compareScenariosXlsx(ScenarioComparison.Request request, @HeaderParam("Authorization") String authorization);

    /** getOpenDataPopulationsJson: open data, for everyone; 404 when none is known on that 1 January. */
    @GET
    @Path("/open-data/populations/{referenceDate}/populations.json")
    Uni<Populations> populations(@PathParam("referenceDate") String referenceDate);

    /** streamFigureChanges: the province's figures of {@code period}, every municipality first, then as they change. */
    @GET
    @Path("/provinces/{code}/figure-changes")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> figureChanges(@PathParam("code") String code, @QueryParam("period") String period,
                                          @HeaderParam("Authorization") String authorization);

    // ---- a municipality

    /** getMunicipalityFigures. */
    @GET
    @Path("/municipalities/{code}/periods/{period}")
    Uni<MunicipalityFigures> municipalityFigures(@PathParam("code") String code, @PathParam("period") String period,
                                                 @HeaderParam("Authorization") String authorization);

    /** getMunicipalityLedger: the facts the half-year's figures are made of. */
    @GET
    @Path("/municipalities/{code}/periods/{period}/ledger")
    Uni<List<LedgerLine>> ledger(@PathParam("code") String code, @PathParam("period") String period,
                                 @HeaderParam("Authorization") String authorization);

    /** getMunicipalityTimeline: the backlog at every deadline and the persons housed per month. */
    @GET
    @Path("/municipalities/{code}/timeline")
    Uni<Timeline> municipalityTimeline(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** getLadder. */
    @GET
    @Path("/municipalities/{code}/ladder")
    Uni<Ladder> ladder(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** getForecast, the unchanged-policy scenario. */
    @GET
    @Path("/municipalities/{code}/forecast")
    Uni<Forecast> forecast(@PathParam("code") String code, @QueryParam("until") String until,
                           @HeaderParam("Authorization") String authorization);

    /** listActionPlans: the most recently adopted first. */
    @GET
    @Path("/municipalities/{code}/action-plans")
    @ClientQueryParam(name = "pageSize", value = "1")
    Uni<ServicePage<ActionPlan>> latestActionPlan(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** getSupervisionRegime: as it stands today. */
    @GET
    @Path("/municipalities/{code}/supervision-regime")
    Uni<RegimeHistory> regime(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** listProvinceVerdicts: every deadline the ladder counts. */
    @GET
    @Path("/municipalities/{code}/verdicts/province-verdicts")
    Uni<List<DeadlineVerdicts>> provinceVerdicts(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** getMunicipalityLifespan: its own half-years and, once it has ended, the date and what it became. */
    @GET
    @Path("/municipalities/{code}/lifespan")
    Uni<Lifespan> lifespan(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** listMergedMunicipalities. */
    @GET
    @Path("/municipalities/{code}/merged-municipalities")
    Uni<List<MergedMunicipality>> mergedMunicipalities(@PathParam("code") String code,
                                                       @HeaderParam("Authorization") String authorization);

    /** getWaitingCouplings: today's, the one running out first on top. */
    @GET
    @Path("/municipalities/{code}/waiting-couplings")
    Uni<List<WaitingCoupling>> waitingCouplings(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** getTemporaryPlacements: today's, still to move on to follow-up housing. */
    @GET
    @Path("/municipalities/{code}/temporary-placements")
    Uni<List<TemporaryPlacement>> temporaryPlacements(@PathParam("code") String code,
                                                      @HeaderParam("Authorization") String authorization);

    /** listSentLetters: the latest deadline first. */
    @GET
    @Path("/municipalities/{code}/sent-letters")
    Uni<List<SentLetter>> sentLetters(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** getSentLetter: a letter as it was sent. */
    @GET
    @Path("/municipalities/{code}/sent-letters/{deadline}/{number}")
    @Produces(PDF)
    Uni<byte[]> sentLetter(@PathParam("code") String code, @PathParam("deadline") String deadline, @PathParam("number") int number,
                           @HeaderParam("Authorization") String authorization);

    /** decideLadderStage: {stage, decidedOn, reason}. */
    @POST
    @Path("/municipalities/{code}/ladder-decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> decideLadderStage(@PathParam("code") String code, @HeaderParam("Authorization") String authorization,
                                    Map<String, Object> decision);

    /** decideSupervisionRegime: {regime, decidedOn, reason}. */
    @POST
    @Path("/municipalities/{code}/supervision-regime")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> decideRegime(@PathParam("code") String code, @HeaderParam("Authorization") String authorization,
                               Map<String, Object> decision);

    /** recordProvinceVerdict: {verdict, grounds, decidedOn}. */
    @POST
    @Path("/municipalities/{code}/verdicts/{deadline}/province-verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> recordProvinceVerdict(@PathParam("code") String code, @PathParam("deadline") String deadline,
                                        @HeaderParam("Authorization") String authorization, Map<String, Object> verdict);

    // ---- the supervision round

    /** listProvinceLetters: every municipality's letter about the deadline and its state. */
    @GET
    @Path("/provinces/{code}/letters/{deadline}")
    Uni<ProvinceLetters> provinceLetters(@PathParam("code") String code, @PathParam("deadline") String deadline,
                                         @HeaderParam("Authorization") String authorization);

    /** getLetter: the concept written now, or the letter as sent. */
    @GET
    @Path("/municipalities/{code}/letters/{deadline}")
    @Produces(PDF)
    Uni<byte[]> letter(@PathParam("code") String code, @PathParam("deadline") String deadline,
                       @HeaderParam("Authorization") String authorization);

    /** recordLetterState: {state}. */
    @POST
    @Path("/municipalities/{code}/letters/{deadline}/states")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> recordLetterState(@PathParam("code") String code, @PathParam("deadline") String deadline,
                                    @HeaderParam("Authorization") String authorization, Map<String, Object> state);

    // ---- exchange agreements

    /** listProvinceExchanges. */
    @GET
    @Path("/provinces/{code}/exchanges")
    Uni<List<Agreement>> provinceExchanges(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** listMunicipalityExchanges. */
    @GET
    @Path("/municipalities/{code}/exchanges")
    Uni<List<Agreement>> municipalityExchanges(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** proposeExchange: {period, reason, changes}. */
    @POST
    @Path("/exchanges")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> proposeExchange(@HeaderParam("Authorization") String authorization, Map<String, Object> proposal);

    /** confirmExchange, declineExchange, withdrawExchange, registerExchange, refuseExchange: {@code step} names which. */
    @POST
    @Path("/exchanges/{id}/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> exchangeStep(@PathParam("id") String id, @PathParam("step") String step,
                               @HeaderParam("Authorization") String authorization, Map<String, Object> body);

    // ---- COA's positions

    /** getCoaReconciliation: the latest reference date first. */
    @GET
    @Path("/provinces/{code}/coa-reconciliation")
    Uni<List<Reconciliation>> coaReconciliation(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** importCoaPositions: the province's file, CSV or .xlsx as {@code contentType} says. */
    @POST
    @Path("/coa-position-imports")
    Uni<Response> importCoaPositions(@QueryParam("fileName") String fileName, @QueryParam("standConvention") String convention,
                                     @HeaderParam("Content-Type") String contentType,
                                     @HeaderParam("Authorization") String authorization, byte[] file);

    /** adoptCoaPosition: {deadline, reason, figure}. */
    @POST
    @Path("/municipalities/{code}/coa-position-adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> adoptCoaPosition(@PathParam("code") String code, @HeaderParam("Authorization") String authorization,
                                   Map<String, Object> adoption);

    /** importNationalCoaPositions: the country's file, stored per province. */
    @POST
    @Path("/national/coa-position-imports")
    Uni<Response> importNationalCoaPositions(@QueryParam("fileName") String fileName, @QueryParam("standConvention") String convention,
                                             @HeaderParam("Content-Type") String contentType,
                                             @HeaderParam("Authorization") String authorization, byte[] file);

    /** adoptNationalCoaPositions: {deadline, reason, figure} for every municipality an import has such a line for. */
    @POST
    @Path("/national/coa-position-adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> adoptNationalCoaPositions(@HeaderParam("Authorization") String authorization, Map<String, Object> adoption);
}
