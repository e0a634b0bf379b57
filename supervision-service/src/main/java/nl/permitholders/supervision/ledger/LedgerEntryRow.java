package nl.permitholders.supervision.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;

/** How a {@link LedgerEntry} is stored. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntryRow extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public EntryKind kind;

    public String period;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    public int persons;
    public Integer version;
    public String reference;

    public static Uni<List<LedgerEntry>> of(String municipalityCode) {
        return LedgerEntryRow.<LedgerEntryRow>list("municipalityCode", municipalityCode)
                .map(rows -> rows.stream().map(LedgerEntryRow::toEntry).toList());
    }

    public static Uni<Void> add(LedgerEntry entry) {
        LedgerEntryRow row = new LedgerEntryRow();
        row.eventId = entry.eventId();
        row.eventType = entry.eventType();
        row.municipalityCode = entry.municipalityCode();
        row.kind = entry.kind();
        row.period = entry.period() == null ? null : entry.period().toString();
        row.effectiveDate = entry.effectiveDate();
        row.persons = entry.persons();
        row.version = entry.version();
        row.reference = entry.reference();
        return row.persist().replaceWithVoid();
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(eventId, eventType, municipalityCode, kind, period == null ? null : Period.parse(period),
                effectiveDate, persons, version, reference);
    }
}
