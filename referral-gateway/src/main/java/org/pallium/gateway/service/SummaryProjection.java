package org.pallium.gateway.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentCancelled;
import org.pallium.events.AppointmentMissed;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.Handover;
import org.pallium.events.HealthcareAgent;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.VisitCancelled;
import org.pallium.events.VisitCompleted;
import org.pallium.events.VisitMissed;
import org.pallium.events.VisitScheduled;
import org.pallium.events.VisitStarted;
import org.pallium.gateway.repository.AppointmentStatus;

/**
 * Keeps the patient summary's read model: each event that tells something the summary shows
 * updates it in the consumer's transaction, beside the timeline. Clinical time decides what is
 * current: each statement replaces a row only with a strictly newer one, so an event that arrives
 * late never overwrites what a newer one said, and an event delivered again (even under another
 * id) changes nothing. One upsert per event, atomic in the database, so that this holds also when
 * two consumers race during a rebalance; plain SQL through a {@link ReadModelWriter}, as this runs
 * for every event: at once on the consumer's transaction, or batched by a rebuild. The upserts that
 * replace a row wholly with a newer one say so ({@link ReadModelWriter#upsertNewest}): a rebuild
 * sends only each row's winner.
 */
@ApplicationScoped
public class SummaryProjection {

    /** A visit is documented once: the same visit again changes nothing. */
    private static final RowInsert VISIT = RowInsert.into("summary_visit", List.of("visit_id", "patient_id", "setting",
            "encounter_class", "clinician", "discipline", "started_at", "ended_at", "esas", "pps", "source_url"),
            Set.of("esas")).unlessPresent("visit_id");
    /** A member's latest visit: a visit older than the one kept, or the same again, changes nothing. */
    private static final String CARE_TEAM_MEMBER = """
            INSERT INTO summary_care_team (patient_id, setting, clinician, discipline, last_visit_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (patient_id, setting, clinician) DO UPDATE SET discipline = excluded.discipline,
                last_visit_at = excluded.last_visit_at
            WHERE summary_care_team.last_visit_at < excluded.last_visit_at""";
    private static final String CODE_STATUS = """
            INSERT INTO summary_code_status (patient_id, code_status, setting, documented_by, documented_at, source_url)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (patient_id) DO UPDATE SET code_status = excluded.code_status, setting = excluded.setting,
                documented_by = excluded.documented_by, documented_at = excluded.documented_at,
                source_url = excluded.source_url
            WHERE summary_code_status.documented_at < excluded.documented_at""";
    private static final String ACP_DOCUMENT = """
            INSERT INTO summary_acp_document (patient_id, document_type, document_id, status, reference, agent_name,
                                              agent_relationship, agent_phone, code_status, setting, changed_by,
                                              changed_at, source_url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (patient_id, document_type) DO UPDATE SET document_id = excluded.document_id,
                status = excluded.status, reference = excluded.reference, agent_name = excluded.agent_name,
                agent_relationship = excluded.agent_relationship, agent_phone = excluded.agent_phone,
                code_status = excluded.code_status, setting = excluded.setting, changed_by = excluded.changed_by,
                changed_at = excluded.changed_at, source_url = excluded.source_url
            WHERE summary_acp_document.changed_at < excluded.changed_at""";
    private static final String HEALTHCARE_AGENT = """
            INSERT INTO summary_healthcare_agent (patient_id, name, relationship, phone, setting, recorded_by, recorded_at,
                                                  source_url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (patient_id) DO UPDATE SET name = excluded.name, relationship = excluded.relationship,
                phone = excluded.phone, setting = excluded.setting, recorded_by = excluded.recorded_by,
                recorded_at = excluded.recorded_at, source_url = excluded.source_url
            WHERE summary_healthcare_agent.recorded_at < excluded.recorded_at""";
    private static final String ADVANCE_DIRECTIVE = """
            INSERT INTO summary_advance_directive (patient_id, status, reference, setting, recorded_by, recorded_at,
                                                   source_url)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (patient_id) DO UPDATE SET status = excluded.status, reference = excluded.reference,
                setting = excluded.setting, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
                source_url = excluded.source_url
            WHERE summary_advance_directive.recorded_at < excluded.recorded_at""";
    /**
     * A clinic appointment, or a visit the home programme scheduled. A rescheduling, a cancellation
     * and a no-show do not repeat all of the booking (the visit type, the clinician, the end), nor
     * does a visit's check-in, miss or cancellation: what a newer change does not say, the appointment keeps.
     */
    private static final String APPOINTMENT = """
            INSERT INTO summary_appointment (appointment_id, patient_id, setting, status, clinician, visit_type,
                                             starts_at, ends_at, changed_at, source_url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (appointment_id) DO UPDATE SET status = excluded.status, starts_at = excluded.starts_at,
                clinician = COALESCE(excluded.clinician, summary_appointment.clinician),
                visit_type = COALESCE(excluded.visit_type, summary_appointment.visit_type),
                ends_at = COALESCE(excluded.ends_at, summary_appointment.ends_at),
                changed_at = excluded.changed_at
            WHERE summary_appointment.changed_at < excluded.changed_at""";

    private final RecordLinks links;

    SummaryProjection(RecordLinks links) {
        this.links = links;
    }

    /** Applies the event to its patient's summary; an event the summary does not show changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PalliumEvent event, ReadModelWriter writer) {
        switch (event) {
            case VisitCompleted visit -> visit(writer, visit);
            case CodeStatusChanged changed -> codeStatus(writer, changed.patientId(), changed.codeStatus(), changed.setting(),
                    changed.documentedBy(), changed.effectiveAt(), links.codeStatus(changed.setting(), changed.codeStatusId()));
            case AcpDocumentChanged changed -> acpDocument(writer, changed);
            case AppointmentBooked booked -> appointment(writer, booked.appointmentId(), booked.patientId(), booked.setting(),
                    AppointmentStatus.BOOKED, booked.clinician(), booked.visitType(), booked.startsAt(), booked.endsAt(),
                    booked.occurredAt(), links.appointment(booked.setting(), booked.appointmentId()));
            case AppointmentRescheduled rescheduled -> appointment(writer, rescheduled.appointmentId(), rescheduled.patientId(),
                    rescheduled.setting(), AppointmentStatus.BOOKED, rescheduled.clinician(), null,
                    rescheduled.startsAt(), rescheduled.endsAt(), rescheduled.occurredAt(),
                    links.appointment(rescheduled.setting(), rescheduled.appointmentId()));
            case AppointmentCancelled cancelled -> appointment(writer, cancelled.appointmentId(), cancelled.patientId(),
                    cancelled.setting(), AppointmentStatus.CANCELLED, null, null, cancelled.startsAt(), null,
                    cancelled.occurredAt(), links.appointment(cancelled.setting(), cancelled.appointmentId()));
            case AppointmentMissed missed -> appointment(writer, missed.appointmentId(), missed.patientId(), missed.setting(),
                    AppointmentStatus.MISSED, null, null, missed.startsAt(), null, missed.occurredAt(),
                    links.appointment(missed.setting(), missed.appointmentId()));
            case VisitScheduled scheduled -> appointment(writer, scheduled.visitId(), scheduled.patientId(), scheduled.setting(),
                    AppointmentStatus.BOOKED, scheduled.assignedTo(), null, scheduled.scheduledStart(),
                    scheduled.scheduledEnd(), scheduled.scheduledAt(), links.visit(scheduled.setting(), scheduled.visitId()));
            case VisitStarted started -> appointment(writer, started.visitId(), started.patientId(), started.setting(),
                    AppointmentStatus.STARTED, started.clinician(), null, started.startedAt(), null, started.startedAt(),
                    links.visit(started.setting(), started.visitId()));
            // A miss counts from when it was recorded, not from the visit's start: an urgent visit may be due the
            // instant it was scheduled, and only a strictly newer change replaces its scheduling.
            case VisitMissed missed -> appointment(writer, missed.visitId(), missed.patientId(), missed.setting(),
                    AppointmentStatus.MISSED, missed.assignedTo(), null, missed.scheduledStart(), null,
                    missed.recordedAt(), links.visit(missed.setting(), missed.visitId()));
            case VisitCancelled cancelled -> appointment(writer, cancelled.visitId(), cancelled.patientId(),
                    cancelled.setting(),
                    AppointmentStatus.CANCELLED, cancelled.assignedTo(), null, cancelled.scheduledStart(), null,
                    cancelled.cancelledAt(), links.visit(cancelled.setting(), cancelled.visitId()));
            case PatientTransitioned transition when transition.handover() != null -> handover(writer, transition);
            default -> {
                // The referrals' steps reach the summary through the gateway's referrals; nothing else is in it.
            }
        }
    }

    /** The visit as first documented, and its clinician in the care team; the same visit again changes neither. */
    private void visit(ReadModelWriter writer, VisitCompleted visit) {
        boolean taken = writer.writeVisit(visit, VISIT, visit.visitId(), visit.patientId(), visit.setting(),
                visit.encounterClass(), visit.clinician(), visit.discipline(), visit.startedAt(), visit.endedAt(),
                visit.esas() == null ? null : ReadModelWriter.json(visit.esas()), visit.pps(),
                links.visit(visit.setting(), visit.visitId()));
        if (!taken) {
            return;
        }
        writer.upsertNewest(CARE_TEAM_MEMBER, List.of(visit.patientId(), visit.setting(), visit.clinician()),
                visit.startedAt(), visit.patientId(), visit.setting(), visit.clinician(), visit.discipline(),
                visit.startedAt());
    }

    /** A code status document is the code status too: the newest of it and the hospital team's is current. */
    private void acpDocument(ReadModelWriter writer, AcpDocumentChanged changed) {
        String source = links.acpDocuments(changed.setting(), changed.patientId());
        Optional<HealthcareAgent> agent = Optional.ofNullable(changed.healthcareAgent());
        writer.upsertNewest(ACP_DOCUMENT, List.of(changed.patientId(), changed.documentType()), changed.changedAt(),
                changed.patientId(), changed.documentType(), changed.documentId(), changed.status(),
                changed.reference(), agent.map(HealthcareAgent::name).orElse(null),
                agent.map(HealthcareAgent::relationship).orElse(null), agent.map(HealthcareAgent::phone).orElse(null),
                changed.codeStatus(), changed.setting(), changed.changedBy(), changed.changedAt(), source);
        switch (changed.documentType()) {
            case CODE_STATUS -> codeStatus(writer, changed.patientId(), changed.codeStatus(), changed.setting(),
                    changed.changedBy(), changed.changedAt(), source);
            case HEALTH_CARE_POWER_OF_ATTORNEY -> agent.ifPresent(named -> healthcareAgent(writer, changed.patientId(),
                    named, changed.setting(), changed.changedBy(), changed.changedAt(), source));
            case ADVANCE_DIRECTIVE -> advanceDirective(writer, changed.patientId(), changed.status(),
                    changed.reference(), changed.setting(), changed.changedBy(), changed.changedAt(), source);
            default -> {
                // The other documents are in the summary's list of documents only.
            }
        }
    }

    /**
     * What the hospital team knew when it handed the patient over (the code status, the agent, the
     * advance directive) is the newest of each as of the handover, unless a later record says otherwise.
     */
    private void handover(ReadModelWriter writer, PatientTransitioned transition) {
        Handover handover = transition.handover();
        String source = links.transition(transition.setting(), transition.transitionId());
        if (handover.codeStatus() != null) {
            codeStatus(writer, transition.patientId(), handover.codeStatus(), transition.setting(),
                    transition.transitionedBy(), transition.transitionedAt(), source);
        }
        if (handover.healthcareAgent() != null) {
            healthcareAgent(writer, transition.patientId(), handover.healthcareAgent(), transition.setting(),
                    transition.transitionedBy(), transition.transitionedAt(), source);
        }
        if (handover.advanceDirective() != null) {
            advanceDirective(writer, transition.patientId(), null, handover.advanceDirective(), transition.setting(),
                    transition.transitionedBy(), transition.transitionedAt(), source);
        }
    }

    private void healthcareAgent(ReadModelWriter writer, UUID patientId, HealthcareAgent agent, CareSetting setting,
            String recordedBy, Instant recordedAt, String source) {
        writer.upsertNewest(HEALTHCARE_AGENT, patientId, recordedAt, patientId, agent.name(), agent.relationship(),
                agent.phone(), setting, recordedBy, recordedAt, source);
    }

    private void advanceDirective(ReadModelWriter writer, UUID patientId, AcpDocumentStatus status, String reference,
            CareSetting setting, String recordedBy, Instant recordedAt, String source) {
        writer.upsertNewest(ADVANCE_DIRECTIVE, patientId, recordedAt, patientId, status, reference, setting, recordedBy,
                recordedAt, source);
    }

    private void codeStatus(ReadModelWriter writer, UUID patientId, CodeStatus codeStatus, CareSetting setting,
            String documentedBy,
            Instant documentedAt, String source) {
        writer.upsertNewest(CODE_STATUS, patientId, documentedAt, patientId, codeStatus, setting, documentedBy,
                documentedAt, source);
    }

    /** {@code changedAt} is the change's time: only a newer change moves the appointment. */
    private void appointment(ReadModelWriter writer, UUID appointmentId, UUID patientId, CareSetting setting, AppointmentStatus status,
            String clinician, String visitType, Instant startsAt, Instant endsAt, Instant changedAt, String source) {
        writer.upsert(APPOINTMENT, appointmentId, appointmentId, patientId, setting, status, clinician, visitType, startsAt,
                endsAt, changedAt, source);
    }
}
