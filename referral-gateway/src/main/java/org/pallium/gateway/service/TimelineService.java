package org.pallium.gateway.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.gateway.repository.TimelineFilter;
import org.pallium.gateway.repository.TimelinePosition;
import org.pallium.gateway.repository.TimelineRow;

/** The patient timeline: every setting's events, in clinical-time order. */
@ApplicationScoped
public class TimelineService {

    public static final int MAX_PAGE = 500;
    private static final RowInsert ENTRY = RowInsert.into("timeline_entry", List.of("event_id", "patient_id",
            "occurred_at", "event_type", "recorded_at", "setting", "title", "actor", "source_url", "encounter_class",
            "discipline", "payload"), Set.of("payload"));

    private final TimelineDescriptions descriptions;
    private final PatientRegistry patients;
    private final Clock clock;

    TimelineService(TimelineDescriptions descriptions, PatientRegistry patients, Clock clock) {
        this.descriptions = descriptions;
        this.patients = patients;
        this.clock = clock;
    }

    /**
     * Adds the event to its patient's timeline at its clinical time, however late it arrives.
     * Runs in the consumer's transaction, which also records the event id; plain SQL through a
     * {@link ReadModelWriter}, as the summary's, so that a rebuild copies it in with the batch's
     * other entries. The database assigns the entry's {@code arrival}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(CloudEventAttributes attributes, PalliumEvent event, ReadModelWriter writer) {
        TimelineDescriptions.Description description = descriptions.of(event, writer);
        writer.insert(ENTRY, attributes.id(), event.patientId(), event.occurredAt(), attributes.type(), clock.instant(),
                description.setting(), description.title(), description.actor(), description.sourceUrl(),
                description.encounterClass(), description.discipline(), ReadModelWriter.json(event));
    }

    /**
     * Up to {@code limit} entries matching {@code filter} after {@code after}, and one more when
     * another page follows (so that the last page has no link to an empty one). Empty when Pallium
     * does not know the patient, or the caller may not see them: the two read alike. Either way the
     * patient goes into the request's audit entry.
     */
    @Transactional
    public Optional<List<TimelineRow>> page(UUID patientId, TimelineFilter filter, Optional<TimelinePosition> after,
            int limit) {
        if (!patients.knownAndVisible(patientId)) {
            return Optional.empty();
        }
        return Optional.of(TimelineEntry.page(patientId, filter, after, limit + 1));
    }
}
