package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.CareSetting;

/** One event of a patient's care, from any setting, in the timeline read model. */
@Entity
public class TimelineEntry extends PanacheEntityBase {

    private static final Sort NEWEST_FIRST = Sort.descending("occurredAt", "arrival");

    @Id
    public UUID eventId;
    /** Assigned by the database on insert: the tie-break between events of the same instant. */
    @Column(insertable = false, updatable = false)
    public Long arrival;
    public UUID patientId;
    public Instant occurredAt;
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    public String eventType;
    public String title;
    public String actor;
    public String sourceUrl;
    public Instant recordedAt;

    /**
     * A page of the patient's timeline, newest first, starting after {@code after} (keyset paging:
     * an entry that arrives while a client pages is never skipped or shown twice).
     */
    public static List<TimelineEntry> page(UUID patientId, Optional<TimelinePosition> after, int limit) {
        Page first = Page.ofSize(limit);
        return after.map(position -> TimelineEntry.<TimelineEntry>find(
                        "patientId = ?1 and (occurredAt < ?2 or (occurredAt = ?2 and arrival < ?3))",
                        NEWEST_FIRST, patientId, position.occurredAt(), position.arrival()).page(first).list())
                .orElseGet(() -> find("patientId", NEWEST_FIRST, patientId).page(first).list());
    }
}
