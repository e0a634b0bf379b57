package nl.permitholders.quota.population;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.quota.csv.ImportRefusals;
import nl.permitholders.quota.csv.ImportReport;
import nl.permitholders.quota.csv.CsvFile;
import nl.permitholders.quota.events.QuotaEvents.PopulationSet;
import nl.permitholders.quota.reference.Municipality;

/**
 * The one path of importing CBS populations on a reference date: in one transaction, check every line against the
 * registered municipalities (all or nothing, every refused line listed), store each changed figure as a new version
 * and publish it ({@link PopulationSet}: supervision colours its map by the backlog per 1,000 inhabitants).
 */
@ApplicationScoped
public class PopulationService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    /** Imports lines code;name;population. */
    public Uni<ImportReport> importPopulations(LocalDate referenceDate, List<CsvFile.Row> rows) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.<Municipality>listAll()
                .map(all -> all.stream().collect(Collectors.toMap(m -> m.code, Function.identity())))
                .flatMap(municipalities -> PopulationVersion.currentOn(referenceDate).flatMap(current -> {
                    ImportRefusals refusals = new ImportRefusals();
                    ImportReport report = ImportReport.of(rows.size());
                    List<PopulationVersion> changes = new ArrayList<>();
                    for (CsvFile.Row row : rows) {
                        String code = refusals.municipalityCode(row);
                        Integer persons = row.wholeNumber(2);
                        if (code == null) {
                            continue;
                        }
                        if (!municipalities.containsKey(code)) {
                            refusals.refuse(row, code + " is not a registered municipality");
                        } else if (persons == null) {
                            refusals.refuse(row, "population '" + row.field(2) + "' must be a whole number of 0 or more, digits only");
                        } else {
                            PopulationVersion existing = current.get(code);
                            if (existing != null && existing.persons == persons) {
                                report = report.withUnchanged();
                            } else {
                                report = existing == null ? report.withCreated() : report.withUpdated();
                                changes.add(PopulationVersion.next(existing, code, referenceDate, persons, PopulationVersion.CBS_IMPORT, now));
                            }
                        }
                    }
                    refusals.throwIfAny();
                    ImportReport done = report;
                    return store(changes).replaceWith(done);
                })));
    }

    /** Stores new versions of population figures and publishes each, within the caller's transaction. */
    public Uni<Void> store(List<PopulationVersion> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return PopulationVersion.persist(changes).call(() -> outbox.appendAll(PopulationSet.TYPE, changes.stream()
                .map(change -> new Outbox.Event(change.municipalityCode, change.published())).toList()));
    }
}
