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
import nl.permitholders.platform.audit.WriteLog;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.quota.csv.ImportRefusals;
import nl.permitholders.quota.csv.ImportReport;
import nl.permitholders.quota.csv.CsvFile;
import nl.permitholders.quota.reference.Municipality;

/**
 * The one path of importing CBS populations on a reference date: in one transaction, check every line against the
 * registered municipalities (all or nothing, every refused line listed), store each changed figure as a new version
 * and record it in the audit trail. Populations publish no event: only quota-service uses them.
 */
@ApplicationScoped
public class PopulationService {

    /** The audit trail's name for a changed population figure. */
    static final String POPULATION_SET = "population-set";

    @Inject
    OutboxTransaction transaction;

    @Inject
    WriteLog writeLog;

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
                                changes.add(version(code, referenceDate, existing == null ? 1 : existing.version + 1, persons, now));
                            }
                        }
                    }
                    refusals.throwIfAny();
                    ImportReport done = report;
                    Uni<Void> writes = changes.isEmpty() ? Uni.createFrom().voidItem() : PopulationVersion.persist(changes);
                    // Populations publish no event, so the audit trail is told of each changed figure itself.
                    for (PopulationVersion change : changes) {
                        writes = writes.call(() -> writeLog.recordChange(POPULATION_SET, change.municipalityCode));
                    }
                    return writes.replaceWith(done);
                })));
    }

    private static PopulationVersion version(String code, LocalDate referenceDate, int version, int persons, Instant now) {
        PopulationVersion population = new PopulationVersion();
        population.municipalityCode = code;
        population.referenceDate = referenceDate;
        population.version = version;
        population.persons = persons;
        population.source = "CBS import";
        population.recordedAt = now;
        return population;
    }
}
