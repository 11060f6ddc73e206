package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Query;

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
    public static List<TimelineRow> page(UUID patientId, TimelineFilter filter, Optional<TimelinePosition> after,
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
        return TimelineEntry.find(String.join(" and ", conditions), NEWEST_FIRST, parameters).project(TimelineRow.class)
                .page(Page.ofSize(count)).list();
    }

    /**
     * Up to {@code count} entries bearing records that match {@code filter}, newest first, from
     * {@code at}: after its entry, or from it when records it bears remain to be shown. Entries
     * recorded before the timeline kept the payload bear none.
     */
    @SuppressWarnings("unchecked")
    public static List<TimelineEntry> bearingRecords(UUID patientId, RecordFilter filter, Optional<RecordPosition> at,
            int count) {
        if (filter.matches().isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("patientId", patientId, "count", count));
        List<String> conditions = new ArrayList<>(List.of("e.patient_id = :patientId", "e.payload IS NOT NULL"));
        conditions.add(IntStream.range(0, filter.matches().size())
                .mapToObj(index -> condition(filter.matches().get(index), index, parameters))
                .collect(Collectors.joining(" OR ", "(", ")")));
        filter.from().ifPresent(from -> {
            conditions.add("e.occurred_at >= :from");
            parameters.put("from", from);
        });
        filter.to().ifPresent(to -> {
            conditions.add("e.occurred_at < :to");
            parameters.put("to", to);
        });
        filter.since().ifPresent(since -> {
            conditions.add("(e.recorded_at >= :since OR EXISTS (SELECT 1 FROM timeline_entry later"
                    + " WHERE later.patient_id = e.patient_id AND later.source_url = e.source_url AND later.recorded_at >= :since))");
            parameters.put("since", since);
        });
        at.ifPresent(position -> {
            conditions.add("(e.occurred_at, e.arrival) " + (position.shown() == 0 ? "<" : "<=") + " (:atOccurredAt, :atArrival)");
            parameters.put("atOccurredAt", position.occurredAt());
            parameters.put("atArrival", position.arrival());
        });
        Query query = getEntityManager().createNativeQuery("SELECT e.* FROM timeline_entry e WHERE "
                + String.join(" AND ", conditions) + " ORDER BY e.occurred_at DESC, e.arrival DESC LIMIT :count",
                TimelineEntry.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The patient's entries about any of these source records, in clinical-time order, oldest first. */
    public static List<TimelineEntry> aboutRecords(UUID patientId, Collection<String> sourceUrls) {
        if (sourceUrls.isEmpty()) {
            return List.of();
        }
        return TimelineEntry.<TimelineEntry>find("patientId = ?1 and sourceUrl in ?2 and payload is not null",
                Sort.ascending("occurredAt", "arrival"), patientId, sourceUrls).list();
    }

    private static String condition(EntryMatch match, int index, Map<String, Object> parameters) {
        parameters.put("type" + index, match.eventType());
        String type = "e.event_type = :type" + index;
        return switch (match.test()) {
            case ANY -> type;
            case PRESENT -> "(" + type + " AND e.payload->>'" + match.field() + "' IS NOT NULL)";
            case ABSENT -> "(" + type + " AND e.payload->>'" + match.field() + "' IS NULL)";
            case EQUALS -> {
                parameters.put("value" + index, match.value());
                yield "(" + type + " AND e.payload->>'" + match.field() + "' = :value" + index + ")";
            }
        };
    }
}
