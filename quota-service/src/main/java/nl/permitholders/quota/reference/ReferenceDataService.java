package nl.permitholders.quota.reference;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.quota.csv.ImportRefusals;
import nl.permitholders.quota.csv.ImportReport;
import nl.permitholders.quota.csv.CsvFile;
import nl.permitholders.quota.events.QuotaEvents.MunicipalityRegistered;
import nl.permitholders.quota.events.QuotaEvents.ProvinceRegistered;

/**
 * The one path of every write to the register of provinces and municipalities: in one transaction, compare with what
 * is registered, store what changes and append its event to the outbox; the same data again changes nothing.
 */
@ApplicationScoped
public class ReferenceDataService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    /** A registered thing after a write; {@code created} when this write registered it. */
    public record Written<T>(T registered, boolean created) {
    }

    public Uni<Written<Province>> registerProvince(String code, String name) {
        return transaction.runRetryingUniqueRace(() -> Province.<Province>findById(code).flatMap(existing -> {
            if (existing != null && existing.name.equals(name)) {
                return Uni.createFrom().item(new Written<>(existing, false));
            }
            Province province = existing != null ? existing : new Province();
            province.code = code;
            province.name = name;
            return province.<Province>persist()
                    .call(() -> outbox.append(ProvinceRegistered.TYPE, code, new ProvinceRegistered(code, province.name)))
                    .replaceWith(new Written<>(province, existing == null));
        }));
    }

    /** Registers a municipality or corrects its name and province; the province must be registered (400 naming provinceCode). */
    public Uni<Written<Municipality>> registerMunicipality(String code, String name, String provinceCode) {
        return transaction.runRetryingUniqueRace(() -> Province.findById(provinceCode)
                .onItem().ifNull().failWith(() -> InvalidInputException.of("provinceCode",
                        "names province " + provinceCode + ", which is not registered"))
                .flatMap(province -> Municipality.<Municipality>findById(code))
                .flatMap(existing -> {
                    if (existing != null && existing.name.equals(name) && existing.provinceCode.equals(provinceCode)) {
                        return Uni.createFrom().item(new Written<>(existing, false));
                    }
                    Municipality municipality = existing != null ? existing : new Municipality();
                    municipality.code = code;
                    municipality.name = name;
                    municipality.provinceCode = provinceCode;
                    return municipality.<Municipality>persist()
                            .call(() -> outbox.append(MunicipalityRegistered.TYPE, code, municipality.registered()))
                            .replaceWith(new Written<>(municipality, existing == null));
                }));
    }

    /** Imports lines code;name;provinceCode: all or nothing, every refused line listed. */
    public Uni<ImportReport> importMunicipalities(List<CsvFile.Row> rows) {
        return transaction.run(() -> Province.<Province>listAll()
                .map(provinces -> provinces.stream().map(p -> p.code).collect(Collectors.toSet()))
                .flatMap(provinces -> Municipality.<Municipality>listAll()
                        .map(all -> all.stream().collect(Collectors.toMap(m -> m.code, Function.identity())))
                        .flatMap(existing -> apply(rows, provinces, existing))));
    }

    private Uni<ImportReport> apply(List<CsvFile.Row> rows, Set<String> provinces, Map<String, Municipality> existing) {
        ImportRefusals refusals = new ImportRefusals();
        ImportReport report = ImportReport.of(rows.size());
        List<Municipality> changed = new ArrayList<>();
        for (CsvFile.Row row : rows) {
            String code = refusals.municipalityCode(row);
            String name = row.field(1);
            String province = row.field(2);
            if (code == null) {
                continue;
            }
            if (name.isBlank() || name.length() > 100) {
                refusals.refuse(row, "name must be 1 to 100 characters");
            } else if (!provinces.contains(province)) {
                refusals.refuse(row, "provinceCode '" + province + "' is not a registered province");
            } else {
                Municipality municipality = existing.get(code);
                if (municipality != null && municipality.name.equals(name) && municipality.provinceCode.equals(province)) {
                    report = report.withUnchanged();
                    continue;
                }
                report = municipality == null ? report.withCreated() : report.withUpdated();
                if (municipality == null) {
                    municipality = new Municipality();
                    municipality.code = code;
                }
                municipality.name = name;
                municipality.provinceCode = province;
                changed.add(municipality);
            }
        }
        refusals.throwIfAny();
        ImportReport done = report;
        Uni<Void> writes = Uni.createFrom().voidItem();
        for (Municipality municipality : changed) {
            writes = writes.call(() -> municipality.persist())
                    .call(() -> outbox.append(MunicipalityRegistered.TYPE, municipality.code, municipality.registered()))
                    .replaceWithVoid();
        }
        return writes.replaceWith(done);
    }
}
