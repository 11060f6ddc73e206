package org.pallium.gateway.mapping.fhir;

import static org.pallium.gateway.mapping.fhir.ServiceRequestMapper.dateTime;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentCancelled;
import org.pallium.events.AppointmentMissed;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CallLogged;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.ConsultRequested;
import org.pallium.events.ConsultSignedOff;
import org.pallium.events.Discipline;
import org.pallium.events.EsasItem;
import org.pallium.events.EsasR;
import org.pallium.events.EventType;
import org.pallium.events.GoalsOfCareDocumented;
import org.pallium.events.OnwardReferralChanged;
import org.pallium.events.OnwardReferralStatus;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.Urgency;
import org.pallium.events.VisitCancelled;
import org.pallium.events.VisitCompleted;
import org.pallium.events.VisitMissed;
import org.pallium.events.VisitScheduled;
import org.pallium.events.VisitStarted;
import org.pallium.gateway.repository.EntryMatch;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.gateway.service.PatientRecords;
import org.pallium.platform.config.JsonColumnFormat;

/**
 * A patient's records as FHIR R4 resources, read from the timeline. Each record is shown once, as
 * it stands after every event about it, by the entry of the event that began it: a visit by its
 * completion (an Encounter, and its ESAS-r and PPS as Observations), an appointment by its booking
 * (a clinic appointment, or a home visit scheduled), a request by its sending (a referral, a
 * hospital consult, an onward referral), a document by its first version. Events that only change a
 * record (a reschedule, a sign-off) or that are no clinical record (an EVV exception, a referral's
 * steps, which its ServiceRequest's status tells) bear none.
 */
public final class RecordResources {

    /** The resource types a patient's record holds, and the timeline entries that bear each. */
    public enum RecordType {
        ENCOUNTER("Encounter", EntryMatch.ofType(EventType.VISIT_COMPLETED.typeName()),
                EntryMatch.ofType(EventType.CALL_LOGGED.typeName())),
        OBSERVATION("Observation", EntryMatch.withField(EventType.VISIT_COMPLETED.typeName(), "esas"),
                EntryMatch.withField(EventType.VISIT_COMPLETED.typeName(), "pps"),
                EntryMatch.ofType(EventType.CODE_STATUS_CHANGED.typeName())),
        SERVICE_REQUEST("ServiceRequest", EntryMatch.ofType(EventType.REFERRAL_SUBMITTED.typeName()),
                EntryMatch.ofType(EventType.CONSULT_REQUESTED.typeName()),
                EntryMatch.withValue(EventType.ONWARD_REFERRAL_CHANGED.typeName(), "status", OnwardReferralStatus.SENT.name())),
        APPOINTMENT("Appointment", EntryMatch.ofType(EventType.APPOINTMENT_BOOKED.typeName()),
                EntryMatch.ofType(EventType.VISIT_SCHEDULED.typeName())),
        DOCUMENT_REFERENCE("DocumentReference", EntryMatch.ofType(EventType.GOALS_OF_CARE_DOCUMENTED.typeName()),
                EntryMatch.ofType(EventType.PATIENT_TRANSITIONED.typeName()),
                EntryMatch.withoutField(EventType.ACP_DOCUMENT_CHANGED.typeName(), "previousStatus"));

        private final String resourceType;
        private final List<EntryMatch> bearers;

        RecordType(String resourceType, EntryMatch... bearers) {
            this.resourceType = resourceType;
            this.bearers = List.of(bearers);
        }

        public String resourceType() {
            return resourceType;
        }

        /** The timeline entries that bear a record of this type. */
        public List<EntryMatch> bearers() {
            return bearers;
        }
    }

    private static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String UCUM = "http://unitsofmeasure.org";

    private final PatientRecords.Page page;
    private final Map<String, List<TimelineEntry>> aboutBySource;
    private final Map<UUID, PalliumEvent> events = new HashMap<>();
    private final Set<RecordType> types;
    private final URI base;
    private final Reference patient;

    /**
     * @param types the types shown
     * @param base  the gateway's base URI, against which links to its own records resolve
     */
    RecordResources(PatientRecords.Page page, Set<RecordType> types, URI base) {
        this.page = page;
        this.aboutBySource = page.about().stream().collect(Collectors.groupingBy(entry -> entry.sourceUrl));
        this.types = types;
        this.base = base;
        this.patient = new Reference("Patient/" + page.patient().id);
    }

    /**
     * The records an entry bears, of the types shown: at least one for an entry that a
     * {@link RecordType#bearers() bearer} of these types matched, always the same, in the same order.
     */
    List<Resource> of(TimelineEntry entry) {
        List<Resource> resources = new ArrayList<>();
        switch (eventOf(entry)) {
            case VisitCompleted visit -> {
                if (types.contains(RecordType.ENCOUNTER)) {
                    resources.add(encounter(entry, visit));
                }
                if (types.contains(RecordType.OBSERVATION) && visit.esas() != null) {
                    resources.add(esas(entry, visit));
                }
                if (types.contains(RecordType.OBSERVATION) && visit.pps() != null) {
                    resources.add(pps(entry, visit));
                }
            }
            case CallLogged call -> resources.add(call(entry, call));
            case CodeStatusChanged codeStatus -> resources.add(codeStatus(entry, codeStatus));
            case ReferralSubmitted referral -> resources.add(referral(entry, referral));
            case ConsultRequested consult -> resources.add(consult(entry, consult));
            case OnwardReferralChanged onward -> resources.add(onwardReferral(entry, onward));
            case AppointmentBooked booked -> resources.add(appointment(entry, booked));
            case VisitScheduled scheduled -> resources.add(scheduledVisit(entry, scheduled));
            case GoalsOfCareDocumented goals -> resources.add(document(entry, goals.conversationId(), "Goals-of-care conversation",
                    goals.documentedBy(), goals.heldAt()));
            case PatientTransitioned transition -> resources.add(document(entry, transition.transitionId(),
                    "Transition of care summary", transition.transitionedBy(), transition.transitionedAt()));
            case AcpDocumentChanged acp -> resources.add(acpDocument(entry, acp));
            default -> {
                // No record of its own: the timeline shows it.
            }
        }
        return resources;
    }

    private Encounter encounter(TimelineEntry entry, VisitCompleted visit) {
        Encounter encounter = new Encounter();
        encounter.setId(visit.visitId().toString());
        stamp(encounter, Stream.of(entry));
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(encounterClass(visit.encounterClass()));
        encounter.setSubject(patient);
        encounter.addParticipant().setIndividual(new Reference().setDisplay(visit.clinician()))
                .addType(new CodeableConcept().setText(words(visit.discipline())));
        encounter.setPeriod(new Period().setStartElement(dateTime(visit.startedAt())).setEndElement(dateTime(visit.endedAt())));
        encounter.setServiceProvider(new Reference().setDisplay(PalliumCodeSystems.display(visit.setting())));
        others(entry).filter(other -> eventOf(other) instanceof VisitScheduled).findFirst()
                .ifPresent(scheduled -> encounter.addAppointment(new Reference("Appointment/" + visit.visitId())));
        return encounter;
    }

    /** A call to the nurse line: a telephone encounter, which FHIR R4 counts as virtual. */
    private Encounter call(TimelineEntry entry, CallLogged call) {
        Encounter encounter = new Encounter();
        encounter.setId(call.callId().toString());
        stamp(encounter, Stream.of(entry));
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(encounterClass("VR"));
        encounter.addType().setText("Call to the nurse line");
        encounter.setSubject(patient);
        encounter.addParticipant().setIndividual(new Reference().setDisplay(call.takenBy()));
        encounter.setPeriod(new Period().setStartElement(dateTime(call.receivedAt()))
                .setEndElement(dateTime(call.receivedAt().plusSeconds(call.durationSeconds()))));
        encounter.addReasonCode().setText(words(call.reason()));
        encounter.setServiceProvider(new Reference().setDisplay(PalliumCodeSystems.display(call.setting())));
        return encounter;
    }

    /** The ESAS-r: its total distress score (0 to 90) as the value, each item (0 to 10) a component. */
    private Observation esas(TimelineEntry entry, VisitCompleted visit) {
        EsasR esas = visit.esas();
        Observation observation = assessment(entry, "esas-" + visit.visitId(), PalliumCodeSystems.ESAS_R, visit);
        observation.setValue(new IntegerType(esas.total()));
        for (EsasItem item : EsasItem.values()) {
            observation.addComponent().setCode(new CodeableConcept(new Coding(PalliumCodeSystems.ESAS_R_ITEM, item.field(),
                    PalliumCodeSystems.display(item)))).setValue(new IntegerType(esas.score(item)));
        }
        if (esas.other() != null) {
            observation.addComponent().setCode(new CodeableConcept(new Coding(PalliumCodeSystems.ESAS_R_ITEM,
                    PalliumCodeSystems.OTHER_PROBLEM, "Other problem")).setText(esas.otherProblem()))
                    .setValue(new IntegerType(esas.other()));
        }
        return observation;
    }

    private Observation pps(TimelineEntry entry, VisitCompleted visit) {
        Observation observation = assessment(entry, "pps-" + visit.visitId(), PalliumCodeSystems.PPS, visit);
        observation.setValue(new Quantity().setValue(visit.pps()).setUnit("%").setSystem(UCUM).setCode("%"));
        return observation;
    }

    private Observation assessment(TimelineEntry entry, String id, String assessment, VisitCompleted visit) {
        Observation observation = new Observation();
        observation.setId(id);
        stamp(observation, Stream.of(entry));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        observation.setCode(new CodeableConcept(new Coding(PalliumCodeSystems.ASSESSMENT, assessment,
                PalliumCodeSystems.display(assessment))));
        observation.setSubject(patient);
        if (types.contains(RecordType.ENCOUNTER)) {
            observation.setEncounter(new Reference("Encounter/" + visit.visitId()));
        }
        observation.setEffective(dateTime(visit.endedAt()));
        observation.addPerformer(new Reference().setDisplay(visit.clinician()));
        return observation;
    }

    private Observation codeStatus(TimelineEntry entry, CodeStatusChanged changed) {
        Observation observation = new Observation();
        observation.setId(changed.codeStatusId().toString());
        stamp(observation, Stream.of(entry));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding(PalliumCodeSystems.ASSESSMENT,
                PalliumCodeSystems.CODE_STATUS_ASSESSMENT, PalliumCodeSystems.display(PalliumCodeSystems.CODE_STATUS_ASSESSMENT))));
        observation.setSubject(patient);
        observation.setEffective(dateTime(changed.effectiveAt()));
        observation.addPerformer(new Reference().setDisplay(changed.documentedBy()));
        observation.setValue(new CodeableConcept(new Coding(PalliumCodeSystems.CODE_STATUS, changed.codeStatus().name(),
                PalliumCodeSystems.display(changed.codeStatus()))));
        return observation;
    }

    /**
     * A referral as the gateway holds it, as {@code GET /fhir/r4/ServiceRequest/{id}} shows it; one
     * it never took in (a setting's own) from its submission and the steps since.
     */
    private ServiceRequest referral(TimelineEntry entry, ReferralSubmitted submitted) {
        Referral held = page.referrals().get(submitted.referralId());
        if (held != null) {
            return ServiceRequestMapper.toServiceRequest(held, page.patient());
        }
        ServiceRequest request = request(entry, submitted.referralId(), withOthers(entry));
        request.setStatus(others(entry).map(this::eventOf).reduce(ServiceRequestStatus.ACTIVE,
                (status, step) -> switch (step) {
                    case ReferralRejected rejected -> ServiceRequestStatus.REVOKED;
                    case ReferralCancelled cancelled -> ServiceRequestStatus.REVOKED;
                    case ReferralConcluded concluded -> ServiceRequestStatus.COMPLETED;
                    case ReferralTransferred transferred -> ServiceRequestStatus.COMPLETED;
                    default -> status;
                }, (first, second) -> second));
        request.setCode(new CodeableConcept(ServiceRequestMapper.PALLIATIVE_CARE_REFERRAL.copy()));
        request.setPriority(priority(submitted.urgency()));
        request.setAuthoredOnElement(dateTime(submitted.submittedAt()));
        request.setRequester(new Reference().setDisplay(submitted.referrer().clinician() + ", "
                + submitted.referrer().organisation()));
        request.setPerformerType(ServiceRequestMapper.careSetting(submitted.setting()));
        request.addReasonCode().setText(submitted.reason());
        return request;
    }

    /** The hospital team asked to see an admitted patient, under the referral that brought them. */
    private ServiceRequest consult(TimelineEntry entry, ConsultRequested requested) {
        ServiceRequest request = request(entry, requested.consultId(), withOthers(entry));
        request.setStatus(others(entry).anyMatch(other -> eventOf(other) instanceof ConsultSignedOff)
                ? ServiceRequestStatus.COMPLETED : ServiceRequestStatus.ACTIVE);
        request.addBasedOn(new Reference("ServiceRequest/" + requested.referralId()));
        request.setCode(new CodeableConcept(ServiceRequestMapper.PALLIATIVE_CARE_REFERRAL.copy())
                .setText("Palliative care consult in hospital"));
        request.setPriority(priority(requested.urgency()));
        request.setAuthoredOnElement(dateTime(requested.requestedAt()));
        request.setRequester(new Reference().setDisplay(requested.requestedBy().clinician() + ", "
                + requested.requestedBy().organisation()));
        request.setPerformerType(ServiceRequestMapper.careSetting(CareSetting.INPATIENT));
        org.pallium.events.Coding diagnosis = requested.diagnosis().code();
        request.addReasonCode(new CodeableConcept(new Coding(diagnosis.system(), diagnosis.code(), diagnosis.display()))
                .setText(requested.diagnosis().text()));
        return request;
    }

    /**
     * The clinic's referral on to another service: active until that service has seen the patient
     * (completed), or it closed before then (revoked).
     */
    private ServiceRequest onwardReferral(TimelineEntry entry, OnwardReferralChanged sent) {
        List<OnwardReferralStatus> steps = withOthers(entry).map(this::eventOf)
                .filter(OnwardReferralChanged.class::isInstance).map(event -> ((OnwardReferralChanged) event).status()).toList();
        ServiceRequest request = request(entry, sent.onwardReferralId(), withOthers(entry));
        request.setStatus(steps.contains(OnwardReferralStatus.SEEN) ? ServiceRequestStatus.COMPLETED
                : steps.contains(OnwardReferralStatus.CLOSED) ? ServiceRequestStatus.REVOKED : ServiceRequestStatus.ACTIVE);
        request.setCode(new CodeableConcept().setText("Referral to " + words(sent.service())));
        request.setAuthoredOnElement(dateTime(sent.changedAt()));
        request.setRequester(new Reference().setDisplay(sent.changedBy()));
        request.setPerformerType(new CodeableConcept().setText(words(sent.service())));
        request.addReasonCode().setText(sent.reason());
        return request;
    }

    private ServiceRequest request(TimelineEntry entry, UUID id, Stream<TimelineEntry> events) {
        ServiceRequest request = new ServiceRequest();
        request.setId(id.toString());
        stamp(request, events);
        request.setIntent(ServiceRequestIntent.ORDER);
        request.setSubject(patient);
        return request;
    }

    /** A clinic appointment: booked, then perhaps moved, cancelled or missed. */
    private Appointment appointment(TimelineEntry entry, AppointmentBooked booked) {
        Appointment appointment = new Appointment();
        appointment.setId(booked.appointmentId().toString());
        stamp(appointment, withOthers(entry));
        appointment.setStatus(AppointmentStatus.BOOKED);
        appointment.setStart(Date.from(booked.startsAt()));
        appointment.setEnd(Date.from(booked.endsAt()));
        appointment.setCreatedElement(dateTime(booked.bookedAt()));
        appointment.setAppointmentType(new CodeableConcept().setText(words(booked.visitType())));
        appointment.setDescription(entry.title);
        attend(appointment, booked.clinician(), null);
        others(entry).map(this::eventOf).forEach(change -> {
            switch (change) {
                case AppointmentRescheduled moved -> {
                    appointment.setStart(Date.from(moved.startsAt()));
                    appointment.setEnd(Date.from(moved.endsAt()));
                }
                case AppointmentCancelled cancelled -> appointment.setStatus(AppointmentStatus.CANCELLED);
                case AppointmentMissed missed -> appointment.setStatus(AppointmentStatus.NOSHOW);
                default -> {
                    // Not about the appointment's state.
                }
            }
        });
        return appointment;
    }

    /** A visit the home programme (or another setting) scheduled: then started, done, missed or cancelled. */
    private Appointment scheduledVisit(TimelineEntry entry, VisitScheduled scheduled) {
        Appointment appointment = new Appointment();
        appointment.setId(scheduled.visitId().toString());
        stamp(appointment, withOthers(entry));
        appointment.setStatus(AppointmentStatus.BOOKED);
        appointment.setStart(Date.from(scheduled.scheduledStart()));
        appointment.setEnd(Date.from(scheduled.scheduledEnd()));
        appointment.setCreatedElement(dateTime(scheduled.scheduledAt()));
        appointment.setPriority(scheduled.urgent() ? 1 : 0);
        appointment.addServiceType(new CodeableConcept().setText(encounterClass(scheduled.encounterClass()).getDisplay()));
        appointment.setDescription(entry.title);
        attend(appointment, scheduled.assignedTo(), scheduled.discipline());
        others(entry).map(this::eventOf).forEach(change -> {
            switch (change) {
                case VisitStarted started -> appointment.setStatus(AppointmentStatus.ARRIVED);
                case VisitCompleted completed -> appointment.setStatus(AppointmentStatus.FULFILLED);
                case VisitMissed missed -> appointment.setStatus(AppointmentStatus.NOSHOW);
                case VisitCancelled cancelled -> appointment.setStatus(AppointmentStatus.CANCELLED);
                default -> {
                    // Not about the visit's state.
                }
            }
        });
        return appointment;
    }

    private void attend(Appointment appointment, String clinician, Discipline discipline) {
        appointment.addParticipant().setActor(patient).setStatus(ParticipationStatus.ACCEPTED);
        if (clinician != null) {
            Appointment.AppointmentParticipantComponent attending = appointment.addParticipant()
                    .setActor(new Reference().setDisplay(clinician)).setStatus(ParticipationStatus.ACCEPTED);
            if (discipline != null) {
                attending.addType().setText(words(discipline));
            }
        }
    }

    private DocumentReference document(TimelineEntry entry, UUID id, String type, String author, Instant at) {
        DocumentReference document = new DocumentReference();
        document.setId(id.toString());
        stamp(document, Stream.of(entry));
        document.setStatus(DocumentReferenceStatus.CURRENT);
        document.setType(new CodeableConcept().setText(type));
        document.setSubject(patient);
        document.setDateElement(new InstantType(Date.from(at)));
        document.addAuthor(new Reference().setDisplay(author));
        document.setDescription(entry.title);
        document.addContent().getAttachment().setUrl(base.resolve(entry.sourceUrl).toString()).setTitle(entry.title);
        return document;
    }

    /**
     * An advance care planning document, as it stands after its last change: final once signed or
     * on file, preliminary while discussed or drafted. The entries about it are those of the
     * patient's documents in its setting, which share one link.
     */
    private DocumentReference acpDocument(TimelineEntry entry, AcpDocumentChanged first) {
        List<TimelineEntry> versions = withOthers(entry)
                .filter(other -> eventOf(other) instanceof AcpDocumentChanged change && change.documentId().equals(first.documentId()))
                .sorted(Comparator.comparing((TimelineEntry version) -> version.occurredAt).thenComparing(version -> version.arrival))
                .toList();
        AcpDocumentChanged latest = (AcpDocumentChanged) eventOf(versions.getLast());
        DocumentReference document = document(entry, first.documentId(), words(first.documentType()), latest.changedBy(),
                latest.changedAt());
        stamp(document, versions.stream());
        document.setDocStatus(switch (latest.status()) {
            case DISCUSSED, DRAFTED -> DocumentReference.ReferredDocumentStatus.PRELIMINARY;
            case SIGNED, ON_FILE -> DocumentReference.ReferredDocumentStatus.FINAL;
        });
        if (latest.reference() != null) {
            document.setMasterIdentifier(new org.hl7.fhir.r4.model.Identifier().setValue(latest.reference()));
        }
        return document;
    }

    /** The other entries about the same source record, in clinical-time order, oldest first. */
    private Stream<TimelineEntry> others(TimelineEntry entry) {
        return aboutBySource.getOrDefault(entry.sourceUrl, List.of()).stream().filter(other -> !other.eventId.equals(entry.eventId));
    }

    /** The entry and the others about the same source record. */
    private Stream<TimelineEntry> withOthers(TimelineEntry entry) {
        return Stream.concat(Stream.of(entry), others(entry));
    }

    /** When Pallium last learnt of the record: the latest of its events to arrive. */
    private static void stamp(Resource resource, Stream<TimelineEntry> events) {
        events.map(event -> event.recordedAt).max(Comparator.naturalOrder())
                .ifPresent(at -> resource.getMeta().setLastUpdatedElement(new InstantType(Date.from(at))));
    }

    private static ServiceRequestPriority priority(Urgency urgency) {
        return switch (urgency) {
            case ROUTINE -> ServiceRequestPriority.ROUTINE;
            case URGENT -> ServiceRequestPriority.URGENT;
            case EMERGENT -> ServiceRequestPriority.ASAP;
        };
    }

    private static Coding encounterClass(String code) {
        return new Coding(V3_ACT_CODE, code, switch (code) {
            case "IMP" -> "inpatient encounter";
            case "AMB" -> "ambulatory";
            case "HH" -> "home health";
            case "VR" -> "virtual";
            default -> throw new IllegalArgumentException("no encounter class " + code);
        });
    }

    /** The entry's event, read once from its payload. */
    private PalliumEvent eventOf(TimelineEntry entry) {
        return events.computeIfAbsent(entry.eventId, id -> read(entry));
    }

    private static PalliumEvent read(TimelineEntry entry) {
        EventType type = EventType.ofTypeName(entry.eventType)
                .orElseThrow(() -> new IllegalStateException("timeline entry of an unknown type " + entry.eventType));
        try {
            return JsonColumnFormat.COLUMNS.treeToValue(entry.payload, type.dataClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline entry " + entry.eventId + " holds no " + type.typeName(), e);
        }
    }

    private static String words(Enum<?> constant) {
        return words(constant.name());
    }

    private static String words(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
