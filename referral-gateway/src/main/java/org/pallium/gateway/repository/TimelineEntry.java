package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import com.fasterxml.jackson.databind.JsonNode;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;

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
    /** The FHIR Encounter class of an event that is, or is about, an encounter; null for any other. */
    public String encounterClass;
    /** Who led, or is to lead, the visit; null where the event names no discipline. */
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    public String eventType;
    public String title;
    public String actor;
    public String sourceUrl;
    public Instant recordedAt;
    /** The event's data as received; null on entries recorded before the timeline kept it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode payload;

    /**
     * Up to {@code count} entries of the patient's timeline that match {@code filter}, newest first,
     * after {@code after}: keyset paging, so an entry that arrives while a client pages is never
     * skipped nor shown twice. The position is compared as a row, {@code (occurred_at, arrival) <
     * (?, ?)}, which PostgreSQL reads as a range of the newest-first index: a deep page costs what
     * the first does.
     */
    public static List<TimelineEntry> page(UUID patientId, TimelineFilter filter, Optional<TimelinePosition> after,
            int count) {
        List<String> conditions = new ArrayList<>(List.of("patientId = :patientId"));
        Map<String, Object> parameters = new HashMap<>(Map.of("patientId", patientId));
        if (!filter.settings().isEmpty()) {
            Set<CareSetting> careSettings = filter.careSettings();
            conditions.add(careSettings.isEmpty() ? "encounterClass in :encounterClasses"
                    : "(encounterClass in :encounterClasses or (encounterClass is null and setting in :careSettings))");
            parameters.put("encounterClasses", filter.settings());
            if (!careSettings.isEmpty()) {
                parameters.put("careSettings", careSettings);
            }
        }
        if (!filter.types().isEmpty()) {
            conditions.add("eventType in :types");
            parameters.put("types", filter.types());
        }
        if (!filter.disciplines().isEmpty()) {
            conditions.add("discipline in :disciplines");
            parameters.put("disciplines", filter.disciplines());
        }
        filter.from().ifPresent(from -> {
            conditions.add("occurredAt >= :from");
            parameters.put("from", from);
        });
        filter.to().ifPresent(to -> {
            conditions.add("occurredAt < :to");
            parameters.put("to", to);
        });
        after.ifPresent(position -> {
            conditions.add("(occurredAt, arrival) < (:afterOccurredAt, :afterArrival)");
            parameters.put("afterOccurredAt", position.occurredAt());
            parameters.put("afterArrival", position.arrival());
        });
        return TimelineEntry.<TimelineEntry>find(String.join(" and ", conditions), NEWEST_FIRST, parameters)
                .page(Page.ofSize(count)).list();
    }
}
