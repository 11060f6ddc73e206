package org.pallium.gateway.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Query;

import com.fasterxml.jackson.databind.JsonNode;

import org.hibernate.Session;
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

    /** The columns of a {@link TimelineRow}, in its order. */
    private static final String PAGE_COLUMNS = "SELECT event_id, arrival, occurred_at, setting, encounter_class, discipline,"
            + " event_type, title, actor, source_url FROM timeline_entry";
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
     *
     * <p>Read over JDBC on the transaction's connection, each row straight into its record: through
     * Hibernate's projection, reading a page's rows took a quarter of the gateway's time per page.
     */
    public static List<TimelineRow> page(UUID patientId, TimelineFilter filter, Optional<TimelinePosition> after,
            int count) {
        StringBuilder sql = new StringBuilder(PAGE_COLUMNS).append(" WHERE patient_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(patientId));
        if (!filter.settings().isEmpty()) {
            Set<CareSetting> careSettings = filter.careSettings();
            sql.append(careSettings.isEmpty() ? " AND encounter_class = ANY (?)"
                    : " AND (encounter_class = ANY (?) OR encounter_class IS NULL AND setting = ANY (?))");
            parameters.add(texts(filter.settings()));
            if (!careSettings.isEmpty()) {
                parameters.add(texts(careSettings));
            }
        }
        if (!filter.types().isEmpty()) {
            sql.append(" AND event_type = ANY (?)");
            parameters.add(texts(filter.types()));
        }
        if (!filter.disciplines().isEmpty()) {
            sql.append(" AND discipline = ANY (?)");
            parameters.add(texts(filter.disciplines()));
        }
        filter.from().ifPresent(from -> {
            sql.append(" AND occurred_at >= ?");
            parameters.add(from.atOffset(ZoneOffset.UTC));
        });
        filter.to().ifPresent(to -> {
            sql.append(" AND occurred_at < ?");
            parameters.add(to.atOffset(ZoneOffset.UTC));
        });
        after.ifPresent(position -> {
            sql.append(" AND (occurred_at, arrival) < (?, ?)");
            parameters.add(position.occurredAt().atOffset(ZoneOffset.UTC));
            parameters.add(position.arrival());
        });
        sql.append(" ORDER BY occurred_at DESC, arrival DESC LIMIT ?");
        parameters.add(count);
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i) instanceof String[] values
                            ? connection.createArrayOf("text", values) : parameters.get(i));
                }
                List<TimelineRow> rows = new ArrayList<>(count);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(row(result));
                    }
                }
                return rows;
            }
        });
    }

    private static TimelineRow row(ResultSet result) throws SQLException {
        String discipline = result.getString(6);
        return new TimelineRow(result.getObject(1, UUID.class), result.getLong(2),
                result.getObject(3, OffsetDateTime.class).toInstant(), CareSetting.valueOf(result.getString(4)),
                result.getString(5), discipline == null ? null : Discipline.valueOf(discipline), result.getString(7),
                result.getString(8), result.getString(9), result.getString(10));
    }

    private static String[] texts(Collection<?> values) {
        return values.stream().map(value -> value instanceof Enum<?> constant ? constant.name() : value.toString())
                .sorted().toArray(String[]::new);
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
