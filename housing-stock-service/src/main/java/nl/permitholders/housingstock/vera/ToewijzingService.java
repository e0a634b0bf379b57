package nl.permitholders.housingstock.vera;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.housingstock.allocation.Allocation;
import nl.permitholders.housingstock.events.HousingStockEvents.AllocationRecorded;
import nl.permitholders.housingstock.unit.Unit;
import nl.permitholders.housingstock.vera.ItemResult.Outcome;
import nl.permitholders.housingstock.municipality.Municipality;
import nl.permitholders.housingstock.municipality.MunicipalityRegister;
import nl.permitholders.housingstock.vera.VeraToewijzingMapping.Location;
import nl.permitholders.housingstock.vera.VeraToewijzingMapping.Mapping;
import nl.permitholders.housingstock.vera.VeraToewijzingMapping.RegisteredUnit;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.api.RefusedValueException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application service of VERA Toewijzingen: records them as allocations. Items are read and checked one by one, then applied in chunks of one
 * transaction each, so a large batch neither holds one huge transaction nor half-applies an item: an allocation and
 * its AllocationRecorded event are always written together. Idempotent on (organisation, idExtern), also within a
 * batch: the first occurrence counts, a later identical one is ALREADY_ACCEPTED, a different one a CONFLICT.
 */
@ApplicationScoped
public class ToewijzingService {

    private final VeraToewijzingMapping mapping = new VeraToewijzingMapping(VeraReferenceData.load());

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "housing-stock.vera.chunk-size", defaultValue = "500")
    int chunkSize;

    private record Item(int index, String idExtern, Mapping mapping) {
    }

    private record Key(String organisation, String externalId) {
    }

    /**
     * Every item's outcome, in order.
     *
     * @param reportingOrganisation the corporation that reports (the token's): another's items are refused
     * @param actor                 who reports, recorded with each allocation
     */
    public Uni<List<ItemResult>> record(List<JsonNode> items, String senderOrganisation, String reportingOrganisation,
                                        String actor) {
        LocalDate date = LocalDate.now(clock);
        List<Item> read = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            read.add(read(i, items.get(i), senderOrganisation, reportingOrganisation, date));
        }
        List<List<Item>> chunks = new ArrayList<>();
        for (int from = 0; from < read.size(); from += chunkSize) {
            chunks.add(read.subList(from, Math.min(read.size(), from + chunkSize)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> transaction.runRetryingUniqueRace(() -> apply(chunk, actor)))
                .collect().in(ArrayList<ItemResult>::new, List::addAll)
                .map(List::copyOf);
    }

    private Item read(int index, JsonNode node, String senderOrganisation, String reportingOrganisation, LocalDate date) {
        String idExtern = node.path("idExtern").isTextual() ? node.path("idExtern").asText() : null;
        if (!node.isObject()) {
            return new Item(index, null, refusal(new InvalidParam("[" + index + "]", "must be a Toewijzing object")));
        }
        try {
            Toewijzing toewijzing = json.treeToValue(node, Toewijzing.class);
            return new Item(index, idExtern, mapping.mapReportedBy(toewijzing, senderOrganisation, reportingOrganisation, date));
        } catch (JsonProcessingException e) {
            String reason = e instanceof RefusedValueException refused ? refused.reason() : "has the wrong type or format";
            return new Item(index, idExtern, refusal(new InvalidParam(path(e), reason)));
        }
    }

    /** One chunk in one transaction: look up what is known about its items, then record the new ones. */
    private Uni<List<ItemResult>> apply(List<Item> chunk, String actor) {
        Map<String, List<ToewijzingFacts>> byOrganisation = chunk.stream()
                .filter(item -> !item.mapping().isRefused())
                .map(item -> item.mapping().facts())
                .collect(Collectors.groupingBy(ToewijzingFacts::organisation));
        Map<Key, Allocation> recorded = new HashMap<>();
        Map<Key, Unit> units = new HashMap<>();
        Uni<Void> lookups = Uni.createFrom().voidItem();
        for (var entry : byOrganisation.entrySet()) {
            String organisation = entry.getKey();
            Set<String> externalIds = entry.getValue().stream().map(ToewijzingFacts::idExtern).collect(Collectors.toSet());
            Set<String> unitIds = entry.getValue().stream().map(ToewijzingFacts::unitExternalId).collect(Collectors.toSet());
            lookups = lookups
                    .call(() -> Allocation.findByCorporation(organisation, externalIds)
                            .invoke(found -> found.forEach(a -> recorded.put(new Key(organisation, a.externalId), a))))
                    .call(() -> Unit.findByOwner(organisation, unitIds)
                            .invoke(found -> found.forEach(u -> units.put(new Key(organisation, u.externalId), u))));
        }
        Map<String, MunicipalityRegister.Entry> register = new HashMap<>();
        lookups = lookups.call(() -> {
            Set<String> codes = new HashSet<>();
            byOrganisation.values().forEach(facts -> facts.forEach(f -> {
                if (f.municipalityCode() != null) {
                    codes.add(f.municipalityCode());
                }
            }));
            units.values().forEach(u -> codes.add(u.municipalityCode));
            return Municipality.byCodes(codes).invoke(found -> found.forEach(m -> register.put(m.code, m.entry())));
        });
        return lookups.flatMap(ignored -> {
            List<ItemResult> results = new ArrayList<>(chunk.size());
            List<Allocation> created = new ArrayList<>();
            for (Item item : chunk) {
                results.add(outcome(item, recorded, units, register, created, actor));
            }
            // Events first: while no new entity is managed, the insert triggers no flush of them.
            return outbox.appendAll(AllocationRecorded.TYPE, created.stream()
                            .map(a -> new Outbox.Event(a.municipalityCode, new AllocationRecorded(a.id, a.corporationId,
                                    a.municipalityCode, a.allocatedOn, a.persons, a.permitHolders, a.unitId)))
                            .toList())
                    .call(() -> created.isEmpty() ? Uni.createFrom().voidItem() : Allocation.persist(created))
                    .replaceWith(results);
        });
    }

    private static ItemResult outcome(Item item, Map<Key, Allocation> recorded, Map<Key, Unit> units,
                                      Map<String, MunicipalityRegister.Entry> register, List<Allocation> created,
                                      String actor) {
        if (item.mapping().isRefused()) {
            return ItemResult.refused(item.index(), item.idExtern(), item.mapping().refusals());
        }
        ToewijzingFacts facts = item.mapping().facts();
        Key key = new Key(facts.organisation(), facts.idExtern());
        Allocation earlier = recorded.get(key);
        if (earlier != null) {
            List<InvalidParam> different = facts.differencesFrom(factsOf(earlier, facts.unitExternalId()));
            return different.isEmpty()
                    ? new ItemResult(item.index(), facts.idExtern(), Outcome.ALREADY_ACCEPTED, earlier.id, null)
                    : new ItemResult(item.index(), facts.idExtern(), Outcome.CONFLICT, earlier.id, different);
        }
        Unit unit = units.get(new Key(facts.organisation(), facts.unitExternalId()));
        Location location = VeraToewijzingMapping.locate(facts,
                unit == null ? null : new RegisteredUnit(unit.id, unit.municipalityCode, unit.retiredOn));
        if (location.isRefused()) {
            return ItemResult.refused(item.index(), facts.idExtern(), location.refusals());
        }
        Optional<String> unknownMunicipality = MunicipalityRegister.refusal(location.municipalityCode(),
                register.get(location.municipalityCode()), facts.allocatedOn());
        if (unknownMunicipality.isPresent()) {
            String property = unit != null ? "eenheid" : "extra-attributen.gemeentecode";
            return ItemResult.refused(item.index(), facts.idExtern(),
                    List.of(new InvalidParam(property, unknownMunicipality.get())));
        }
        Allocation allocation = new Allocation();
        allocation.id = UUID.randomUUID();
        allocation.corporationId = facts.organisation();
        allocation.externalId = facts.idExtern();
        allocation.municipalityCode = location.municipalityCode();
        allocation.unitReference = facts.eenheid();
        allocation.unitId = location.unitId();
        allocation.allocatedOn = facts.allocatedOn();
        allocation.persons = facts.persons();
        allocation.permitHolders = facts.permitHolders();
        allocation.additionalTargetGroup = facts.additionalTargetGroup();
        allocation.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        allocation.recordedBy = actor;
        created.add(allocation);
        recorded.put(key, allocation);
        return new ItemResult(item.index(), facts.idExtern(), Outcome.ACCEPTED, allocation.id, null);
    }

    private static ToewijzingFacts factsOf(Allocation a, String unitExternalId) {
        return new ToewijzingFacts(a.corporationId, a.externalId, a.unitReference, unitExternalId, a.allocatedOn,
                a.persons, a.additionalTargetGroup, a.permitHolders, a.municipalityCode);
    }

    private static Mapping refusal(InvalidParam reason) {
        return new Mapping(null, List.of(reason));
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        return "body";
    }
}
