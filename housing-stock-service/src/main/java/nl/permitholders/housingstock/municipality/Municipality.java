package nl.permitholders.housingstock.municipality;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** A municipality as quota-service registered it; housing-stock keeps this copy from quota.events. */
@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When quota-service made the registration kept here (its event's ce_time); a registration made earlier changes nothing. */
    @Column(name = "stated_at")
    public OffsetDateTime statedAt;

    public MunicipalityRegister.Entry entry() {
        return new MunicipalityRegister.Entry(code, validFrom, validUntil);
    }

    public static Uni<List<Municipality>> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? Uni.createFrom().item(List.of()) : list("code in ?1", codes);
    }
}
