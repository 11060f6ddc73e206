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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.events.EventType;

/**
 * One event of a patient's care, from any setting, in the timeline read model. Written once and
 * never changed: immutable to Hibernate, which then keeps no copy of each entry (its payload
 * included) to compare at every flush. Before, each query a projection ran in a consumer's batch
 * compared every entry the batch had written so far, field by field of its JSON.
 */
@Entity
@Immutable
public class TimelineEntry extends PanacheEntityBase {

    private static final Sort NEWEST_FIRST = Sort.descending("occurredAt", "arrival");
    private static final String ACP_DOCUMENT = EventType.ACP_DOCUMENT_CHANGED.typeName();

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
     * recorded before the timeline kept the payload bear none. Read only: the persistence context
     * keeps no copy of each entry's payload to compare when the transaction ends.
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
            conditions.add("(e.recorded_at >= :since"
                    + " OR e.event_type <> :document AND EXISTS (SELECT 1 FROM timeline_entry later WHERE later.patient_id"
                    + " = e.patient_id AND later.source_url = e.source_url AND later.recorded_at >= :since)"
                    + " OR e.event_type = :document AND EXISTS (SELECT 1 FROM timeline_entry later WHERE later.patient_id"
                    + " = e.patient_id AND later.event_type = :document AND later.payload->>'documentId' ="
                    + " e.payload->>'documentId' AND later.recorded_at >= :since))");
            parameters.put("since", since);
            parameters.put("document", ACP_DOCUMENT);
        });
        at.ifPresent(position -> {
            conditions.add("(e.occurred_at, e.arrival) " + (position.shown() == 0 ? "<" : "<=") + " (:atOccurredAt, :atArrival)");
            parameters.put("atOccurredAt", position.occurredAt());
            parameters.put("atArrival", position.arrival());
        });
        Query query = getEntityManager().createNativeQuery("SELECT e.* FROM timeline_entry e WHERE "
                + String.join(" AND ", conditions) + " ORDER BY e.occurred_at DESC, e.arrival DESC LIMIT :count",
                TimelineEntry.class).setHint(HibernateHints.HINT_READ_ONLY, true);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The patient's entries about any of these source records, in clinical-time order, oldest first:
     * the entries of {@code entries}' links, and of their advance care planning documents, which
     * share one link (their setting's list of them) and are told apart by id.
     */
    public static List<TimelineEntry> aboutRecords(UUID patientId, Collection<TimelineEntry> entries) {
        Set<String> sourceUrls = entries.stream().filter(entry -> !entry.eventType.equals(ACP_DOCUMENT))
                .map(entry -> entry.sourceUrl).collect(Collectors.toSet());
        Set<String> documentIds = entries.stream().filter(entry -> entry.eventType.equals(ACP_DOCUMENT))
                .map(entry -> entry.payload.path("documentId").asText()).collect(Collectors.toSet());
        if (sourceUrls.isEmpty() && documentIds.isEmpty()) {
            return List.of();
        }
        Query query = getEntityManager().createNativeQuery("SELECT * FROM timeline_entry WHERE patient_id = :patientId"
                + " AND payload IS NOT NULL AND (source_url = ANY (CAST(:sourceUrls AS TEXT[])) OR event_type = :document"
                + " AND payload->>'documentId' = ANY (CAST(:documentIds AS TEXT[]))) ORDER BY occurred_at, arrival",
                TimelineEntry.class).setHint(HibernateHints.HINT_READ_ONLY, true);
        query.setParameter("patientId", patientId);
        query.setParameter("sourceUrls", sourceUrls.toArray(String[]::new));
        query.setParameter("documentIds", documentIds.toArray(String[]::new));
        query.setParameter("document", ACP_DOCUMENT);
        @SuppressWarnings("unchecked")
        List<TimelineEntry> about = query.getResultList();
        return about;
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
