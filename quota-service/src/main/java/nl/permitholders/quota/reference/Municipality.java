package nl.permitholders.quota.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.MunicipalityRegistered;

@Entity
public class Municipality extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "province_code")
    public String provinceCode;

    /** First day it exists; null = since before the system's records. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day it exists (the day before a merger takes effect); null = it still exists. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    public boolean existsOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** The municipalities that exist on {@code date}, locked for the rest of the transaction, by code. */
    public static Uni<List<Municipality>> lockExistingOn(LocalDate date) {
        return Municipality.<Municipality>find("(validFrom is null or validFrom <= ?1) and (validUntil is null or validUntil >= ?1) order by code", date)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** The municipalities that exist on any day of {@code period}, locked for the rest of the transaction, by code. */
    public static Uni<List<Municipality>> lockExistingIn(Period period) {
        return Municipality.<Municipality>find("(validFrom is null or validFrom <= ?1) and (validUntil is null or validUntil >= ?2) order by code",
                        period.lastDay(), period.firstDay())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * The municipality, locked for the rest of the transaction so that concurrent writes of its quotas and
     * balances get consecutive version numbers; 404 when it is not registered.
     */
    public static Uni<Municipality> lockExisting(String code) {
        return Municipality.<Municipality>findById(code, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notRegistered(code));
    }

    public static ResourceNotFoundException notRegistered(String code) {
        return new ResourceNotFoundException("Municipality " + code + " is not registered; register it with PUT "
                + "/quota/v1/municipalities/" + code + " first.");
    }

    /** The event that tells the other services this municipality as it now is. */
    public MunicipalityRegistered registered() {
        return new MunicipalityRegistered(code, name, provinceCode, validFrom, validUntil);
    }

    /** The municipalities of these codes, locked for the write that changes them (a merger's or split's parts). */
    public static Uni<List<Municipality>> lockedForAReorganisation(Collection<String> codes) {
        return Municipality.<Municipality>find("code in ?1", codes).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The names of the municipalities of these codes, by code. */
    public static Uni<Map<String, String>> namesOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Municipality.<Municipality>list("code in ?1", codes)
                .map(found -> found.stream().collect(Collectors.toMap(m -> m.code, m -> m.name)));
    }

    /** The register, by code: of one province when {@code provinceCode} is set, existing on {@code validOn} when set. */
    public static PanacheQuery<Municipality> listed(String provinceCode, LocalDate validOn) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (provinceCode != null) {
            query.append(" and provinceCode = :province");
            parameters.and("province", provinceCode);
        }
        if (validOn != null) {
            query.append(" and (validFrom is null or validFrom <= :date) and (validUntil is null or validUntil >= :date)");
            parameters.and("date", validOn);
        }
        return find(query.toString(), Sort.by("code"), parameters);
    }
}
