package org.pallium.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One valid event of each type, with distinct values, and the JSON mapper the services use. */
final class SampleEvents {

    static final UUID PATIENT_ID = UUID.fromString("3f1c2b8e-5d4a-4c6b-9e7f-0a1b2c3d4e5f");
    static final UUID REFERRAL_ID = UUID.fromString("9a8b7c6d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    static final UUID VISIT_ID = UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab");
    static final UUID NEW_REFERRAL_ID = UUID.fromString("5b4a3c2d-7e6f-4a1b-9c8d-0e1f2a3b4c5d");
    static final Instant SUBMITTED_AT = Instant.parse("2025-03-01T09:15:00Z");
    static final Instant RECEIVED_AT = Instant.parse("2025-03-01T09:15:02.250Z");
    static final Instant ACCEPTED_AT = Instant.parse("2025-03-02T14:00:00Z");
    static final Instant CANCELLED_AT = Instant.parse("2025-03-03T08:45:00Z");
    static final Instant VISIT_STARTED_AT = Instant.parse("2025-03-04T10:30:00Z");
    static final Instant VISIT_ENDED_AT = Instant.parse("2025-03-04T11:20:00Z");
    static final Instant REJECTED_AT = Instant.parse("2025-03-02T11:05:00Z");
    static final Instant SCHEDULED_AT = Instant.parse("2025-03-02T15:30:00Z");
    static final Instant FIRST_VISIT_AT = Instant.parse("2025-03-04T10:00:00Z");
    static final Instant CONCLUDED_AT = Instant.parse("2025-04-18T16:00:00Z");
    static final Instant TRANSFERRED_AT = Instant.parse("2025-03-09T12:40:00Z");

    /** The hospital's consult for the patient, under the referral the transfer above opened. */
    static final UUID CONSULT_ID = UUID.fromString("7d6e5f4a-3b2c-4d1e-8f9a-b0c1d2e3f4a5");
    static final UUID ENCOUNTER_ID = UUID.fromString("e1d2c3b4-a596-4877-b869-5a4b3c2d1e0f");
    static final UUID CONVERSATION_ID = UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");
    static final UUID CODE_STATUS_ID = UUID.fromString("8e9f0a1b-2c3d-4e5f-a6b7-c8d9e0f1a2b3");
    static final UUID TRANSITION_ID = UUID.fromString("4f5e6d7c-8b9a-4f0e-9d1c-2b3a4f5e6d7c");
    static final UUID ONWARD_REFERRAL_ID = UUID.fromString("6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d");
    static final Instant CONSULT_REQUESTED_AT = Instant.parse("2025-03-09T12:55:00Z");
    static final Instant CONSULT_DUE_AT = Instant.parse("2025-03-10T12:55:00Z");
    static final Instant CONSULT_STARTED_AT = Instant.parse("2025-03-09T13:10:00Z");
    static final Instant CONSULT_SEEN_AT = Instant.parse("2025-03-09T16:30:00Z");
    static final Instant GOALS_OF_CARE_AT = Instant.parse("2025-03-10T15:00:00Z");
    static final Instant CODE_STATUS_AT = Instant.parse("2025-03-10T15:40:00Z");
    static final Instant ASSESSED_AT = Instant.parse("2025-03-13T09:20:00Z");
    static final Instant TRANSITIONED_AT = Instant.parse("2025-03-14T11:00:00Z");
    static final Instant SIGNED_OFF_AT = Instant.parse("2025-03-14T11:45:00Z");

    /** The patient's clinic appointment, an advance care planning document and a referral on to psychiatry. */
    static final UUID APPOINTMENT_ID = UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");
    static final UUID ACP_DOCUMENT_ID = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-e0f1a2b3c4d5");
    static final UUID ONWARD_SERVICE_REFERRAL_ID = UUID.fromString("d4c3b2a1-f6e5-4b7a-9d8c-5d4c3b2a1f0e");
    static final Instant APPOINTMENT_BOOKED_AT = Instant.parse("2025-04-22T10:20:00Z");
    static final Instant APPOINTMENT_STARTS_AT = Instant.parse("2025-04-29T15:00:00Z");
    static final Instant APPOINTMENT_ENDS_AT = Instant.parse("2025-04-29T15:30:00Z");
    static final Instant APPOINTMENT_RESCHEDULED_AT = Instant.parse("2025-04-24T08:35:00Z");
    static final Instant APPOINTMENT_MOVED_TO = Instant.parse("2025-04-30T14:00:00Z");
    static final Instant APPOINTMENT_MOVED_TO_END = Instant.parse("2025-04-30T14:30:00Z");
    static final Instant APPOINTMENT_CANCELLED_AT = Instant.parse("2025-04-28T16:05:00Z");
    static final Instant NO_SHOW_RECORDED_AT = Instant.parse("2025-04-30T14:40:00Z");
    static final Instant ACP_DOCUMENT_CHANGED_AT = Instant.parse("2025-05-06T11:15:00Z");
    static final Instant ONWARD_REFERRAL_SENT_AT = Instant.parse("2025-05-06T11:30:00Z");

    /**
     * The home programme's visits: one scheduled, begun with a check-in far from the patient's address, one missed;
     * and a night call to the nurse line that led to an urgent visit.
     */
    static final UUID HOME_VISIT_ID = UUID.fromString("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
    static final UUID MISSED_VISIT_ID = UUID.fromString("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e");
    static final UUID URGENT_VISIT_ID = UUID.fromString("0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a");
    static final UUID CALL_ID = UUID.fromString("f3a4b5c6-d7e8-4f9a-8b0c-1d2e3f4a5b6c");
    static final Instant HOME_VISIT_SCHEDULED_AT = Instant.parse("2025-05-12T08:30:00Z");
    static final Instant HOME_VISIT_STARTS_AT = Instant.parse("2025-05-14T10:00:00Z");
    static final Instant HOME_VISIT_ENDS_AT = Instant.parse("2025-05-14T11:00:00Z");
    static final Instant HOME_VISIT_CHECKED_IN_AT = Instant.parse("2025-05-14T10:07:00Z");
    static final Instant MISSED_VISIT_STARTS_AT = Instant.parse("2025-05-16T09:00:00Z");
    static final Instant MISSED_VISIT_RECORDED_AT = Instant.parse("2025-05-16T09:40:00Z");
    static final UUID CANCELLED_VISIT_ID = UUID.fromString("9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
    static final Instant CANCELLED_VISIT_STARTS_AT = Instant.parse("2025-05-30T15:00:00Z");
    static final Instant VISIT_CANCELLED_AT = Instant.parse("2025-05-20T11:05:00Z");
    static final Instant CALL_RECEIVED_AT = Instant.parse("2025-05-17T02:10:00Z");
    static final Instant URGENT_VISIT_DISPATCHED_AT = Instant.parse("2025-05-17T02:19:00Z");

    private SampleEvents() {
    }

    static PalliumEvent of(EventType type) {
        return switch (type) {
            case REFERRAL_SUBMITTED -> new ReferralSubmitted(REFERRAL_ID, PATIENT_ID, CareSetting.HOME,
                    new PatientDetails(new PatientIdentifier("urn:oid:2.16.840.1.113883.3.1234", "MRN-004711"),
                            "Ada Example", LocalDate.parse("1950-03-02"), AdministrativeSex.FEMALE, "+1 555 0100",
                            "es", new Address(List.of("12 Elm Street", "Apt 3"), "Springfield", "IL", "62701", "US"),
                            null),
                    new Diagnosis(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "C25.9",
                            "Malignant neoplasm of pancreas, unspecified"), "Metastatic pancreatic cancer",
                            LocalDate.parse("2025-01-20"), true),
                    "Uncontrolled pain and nausea", List.of("pain", "nausea"), Urgency.URGENT,
                    "Stay at home with her family", new Referrer("Dr. Grace Hopper", "Springfield General Hospital"),
                    new Coverage(CoverageType.MEDICARE, "Medicare", "1EG4-TE5-MK72"),
                    List.of(new AttachmentReference(URI.create("https://ehr.example.org/DocumentReference/77"),
                            "application/pdf", "Discharge summary")),
                    SUBMITTED_AT);
            case REFERRAL_RECEIVED -> new ReferralReceived(REFERRAL_ID, PATIENT_ID, CareSetting.HOME, RECEIVED_AT);
            case REFERRAL_ACCEPTED -> new ReferralAccepted(REFERRAL_ID, PATIENT_ID, CareSetting.HOME, ACCEPTED_AT);
            case REFERRAL_CANCELLED -> new ReferralCancelled(REFERRAL_ID, PATIENT_ID, CareSetting.HOME,
                    "Patient moved to another region", CANCELLED_AT);
            case REFERRAL_REJECTED -> new ReferralRejected(REFERRAL_ID, PATIENT_ID, CareSetting.HOME,
                    "Lives outside the programme's area; referred to the county hospice", "Dr. Kathleen Foley", REJECTED_AT);
            case REFERRAL_SCHEDULED -> new ReferralScheduled(REFERRAL_ID, PATIENT_ID, CareSetting.HOME, FIRST_VISIT_AT,
                    "Coordinator Mary Seacole", SCHEDULED_AT);
            case REFERRAL_FIRST_VISIT_COMPLETED -> new ReferralFirstVisitCompleted(REFERRAL_ID, PATIENT_ID,
                    CareSetting.HOME, VISIT_ID, VISIT_STARTED_AT);
            case REFERRAL_CONCLUDED -> new ReferralConcluded(REFERRAL_ID, PATIENT_ID, CareSetting.HOME,
                    ReferralOutcome.COMPLETED, "Symptoms controlled; followed by the GP", "Dr. Kathleen Foley", CONCLUDED_AT);
            case REFERRAL_TRANSFERRED -> new ReferralTransferred(REFERRAL_ID, PATIENT_ID, CareSetting.HOME,
                    CareSetting.INPATIENT, NEW_REFERRAL_ID, "Admitted with a bowel obstruction", "Dr. Kathleen Foley",
                    TRANSFERRED_AT);
            case VISIT_COMPLETED -> new VisitCompleted(VISIT_ID, PATIENT_ID, CareSetting.HOME, "HH",
                    "Florence Nightingale", Discipline.NURSE, VISIT_STARTED_AT, VISIT_ENDED_AT,
                    new EsasR(6, 7, 3, 4, 5, 2, 3, 4, 6, null, null, EsasCompletedBy.PATIENT), 50);
            case CONSULT_REQUESTED -> new ConsultRequested(CONSULT_ID, NEW_REFERRAL_ID, PATIENT_ID,
                    new Diagnosis(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "K56.69",
                            "Other intestinal obstruction"), "Malignant bowel obstruction", null, true),
                    "5 West", "12", "oncology", new Referrer("Dr. Diane Meier", "Springfield General Hospital"),
                    "Nausea and pain with the obstruction; what does she want now?", Urgency.URGENT,
                    CONSULT_REQUESTED_AT, CONSULT_DUE_AT, CONSULT_STARTED_AT);
            case CONSULT_SEEN -> new ConsultSeen(CONSULT_ID, NEW_REFERRAL_ID, PATIENT_ID, ENCOUNTER_ID, Urgency.URGENT,
                    CONSULT_REQUESTED_AT, CONSULT_DUE_AT, CONSULT_SEEN_AT);
            case CONSULT_SIGNED_OFF -> new ConsultSignedOff(CONSULT_ID, NEW_REFERRAL_ID, PATIENT_ID,
                    "Discharged home to the home programme", "Dr. Balfour Mount", SIGNED_OFF_AT);
            case GOALS_OF_CARE_DOCUMENTED -> new GoalsOfCareDocumented(CONVERSATION_ID, PATIENT_ID,
                    CareSetting.INPATIENT, List.of("patient", "daughter (healthcare agent)", "social worker"),
                    "Being at home with her grandchildren",
                    "No further surgery; a venting gastrostomy; home with the home programme", "Dr. Balfour Mount",
                    GOALS_OF_CARE_AT);
            case CODE_STATUS_CHANGED -> new CodeStatusChanged(CODE_STATUS_ID, PATIENT_ID, CareSetting.INPATIENT,
                    CodeStatus.DNR_DNI, CodeStatus.FULL_CODE, "Dr. Balfour Mount", CODE_STATUS_AT);
            case PATIENT_TRANSITIONED -> new PatientTransitioned(TRANSITION_ID, NEW_REFERRAL_ID, PATIENT_ID,
                    CareSetting.INPATIENT, TransitionOutcome.HOME_PROGRAMME, ONWARD_REFERRAL_ID, handover(),
                    "Dr. Balfour Mount", TRANSITIONED_AT);
            case APPOINTMENT_BOOKED -> new AppointmentBooked(APPOINTMENT_ID, PATIENT_ID, CareSetting.OUTPATIENT,
                    "dr-helen-park", "SYMPTOM_FOCUSED", APPOINTMENT_STARTS_AT, APPOINTMENT_ENDS_AT, "ana-silva",
                    APPOINTMENT_BOOKED_AT);
            case APPOINTMENT_RESCHEDULED -> new AppointmentRescheduled(APPOINTMENT_ID, PATIENT_ID,
                    CareSetting.OUTPATIENT, "dr-omar-haddad", APPOINTMENT_STARTS_AT, APPOINTMENT_MOVED_TO,
                    APPOINTMENT_MOVED_TO_END, "ana-silva", APPOINTMENT_RESCHEDULED_AT);
            case APPOINTMENT_CANCELLED -> new AppointmentCancelled(APPOINTMENT_ID, PATIENT_ID, CareSetting.OUTPATIENT,
                    APPOINTMENT_MOVED_TO, "Too breathless to travel this week; a video visit instead", "dr-helen-park",
                    APPOINTMENT_CANCELLED_AT);
            case APPOINTMENT_MISSED -> new AppointmentMissed(APPOINTMENT_ID, PATIENT_ID, CareSetting.OUTPATIENT,
                    APPOINTMENT_MOVED_TO, "dr-omar-haddad", NO_SHOW_RECORDED_AT);
            case ACP_DOCUMENT_CHANGED -> new AcpDocumentChanged(ACP_DOCUMENT_ID, PATIENT_ID, CareSetting.OUTPATIENT,
                    AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY, AcpDocumentStatus.ON_FILE, AcpDocumentStatus.SIGNED,
                    "https://ehr.example.org/DocumentReference/91",
                    new HealthcareAgent("Rosa Example", "daughter", "+1 555 0102"), null, "dr-helen-park",
                    ACP_DOCUMENT_CHANGED_AT);
            case ONWARD_REFERRAL_CHANGED -> new OnwardReferralChanged(ONWARD_SERVICE_REFERRAL_ID, PATIENT_ID,
                    CareSetting.OUTPATIENT, OnwardService.PSYCHIATRY, OnwardReferralStatus.SENT,
                    "Low mood and fear of dying since the diagnosis; would like to talk to a psychiatrist",
                    "dr-helen-park", ONWARD_REFERRAL_SENT_AT);
            case VISIT_SCHEDULED -> new VisitScheduled(HOME_VISIT_ID, PATIENT_ID, CareSetting.HOME, "HH",
                    Discipline.NURSE, "nurse-ann-ward", HOME_VISIT_STARTS_AT, HOME_VISIT_ENDS_AT, false,
                    "coordinator-mary-seacole", HOME_VISIT_SCHEDULED_AT);
            case VISIT_STARTED -> new VisitStarted(HOME_VISIT_ID, PATIENT_ID, CareSetting.HOME, "HH", "nurse-ann-ward",
                    Discipline.NURSE, HOME_VISIT_CHECKED_IN_AT);
            case VISIT_MISSED -> new VisitMissed(MISSED_VISIT_ID, PATIENT_ID, CareSetting.HOME, "HH",
                    Discipline.SOCIAL_WORKER, "sw-jane-addams", MISSED_VISIT_STARTS_AT, MissedVisitReason.PATIENT_NOT_HOME,
                    "sw-jane-addams", MISSED_VISIT_RECORDED_AT);
            case VISIT_CANCELLED -> new VisitCancelled(CANCELLED_VISIT_ID, PATIENT_ID, CareSetting.HOME, "VR",
                    Discipline.SOCIAL_WORKER, "sw-jane-addams", CANCELLED_VISIT_STARTS_AT, "coordinator-ruth-ng",
                    VISIT_CANCELLED_AT);
            case URGENT_VISIT_DISPATCHED -> new UrgentVisitDispatched(URGENT_VISIT_ID, CALL_ID, PATIENT_ID,
                    CareSetting.HOME, CallReason.BREATHLESSNESS, "nurse-tom-lee", "nurse-omar-said",
                    URGENT_VISIT_DISPATCHED_AT);
            case EVV_EXCEPTION_RAISED -> new EvvExceptionRaised(HOME_VISIT_ID, PATIENT_ID, CareSetting.HOME,
                    EvvExceptionKind.LOCATION_FAR_FROM_ADDRESS, EvvStage.CHECK_IN, 850, 500, "nurse-ann-ward",
                    HOME_VISIT_CHECKED_IN_AT);
            case CALL_LOGGED -> new CallLogged(CALL_ID, PATIENT_ID, CareSetting.HOME, CallerType.FAMILY, CALL_RECEIVED_AT,
                    540, CallReason.BREATHLESSNESS, TriageOutcome.URGENT_VISIT_DISPATCHED, true, URGENT_VISIT_ID,
                    "nurse-omar-said");
        };
    }

    /** What the hospital team hands the home programme in the transition sample: every part recorded. */
    static Handover handover() {
        return new Handover(
                new EsasR(3, 6, 4, 2, 7, 1, 2, 3, 5, 5, "Constipation", EsasCompletedBy.CLINICIAN_ASSISTED), ASSESSED_AT,
                40, ASSESSED_AT, CodeStatus.DNR_DNI, "Being at home with her grandchildren",
                "No further surgery; a venting gastrostomy",
                new HealthcareAgent("Rosa Example", "daughter", "+1 555 0102"),
                "Living will and health care power of attorney, scanned at Springfield General Hospital");
    }

    /** The clinical time each sample must report as {@link PalliumEvent#occurredAt()}. */
    static Instant clinicalTimeOf(EventType type) {
        return switch (type) {
            case REFERRAL_SUBMITTED -> SUBMITTED_AT;
            case REFERRAL_RECEIVED -> RECEIVED_AT;
            case REFERRAL_ACCEPTED -> ACCEPTED_AT;
            case REFERRAL_CANCELLED -> CANCELLED_AT;
            case REFERRAL_REJECTED -> REJECTED_AT;
            case REFERRAL_SCHEDULED -> SCHEDULED_AT;
            case REFERRAL_FIRST_VISIT_COMPLETED, VISIT_COMPLETED -> VISIT_STARTED_AT;
            case REFERRAL_CONCLUDED -> CONCLUDED_AT;
            case REFERRAL_TRANSFERRED -> TRANSFERRED_AT;
            case CONSULT_REQUESTED -> CONSULT_STARTED_AT;
            case CONSULT_SEEN -> CONSULT_SEEN_AT;
            case CONSULT_SIGNED_OFF -> SIGNED_OFF_AT;
            case GOALS_OF_CARE_DOCUMENTED -> GOALS_OF_CARE_AT;
            case CODE_STATUS_CHANGED -> CODE_STATUS_AT;
            case PATIENT_TRANSITIONED -> TRANSITIONED_AT;
            case APPOINTMENT_BOOKED -> APPOINTMENT_BOOKED_AT;
            case APPOINTMENT_RESCHEDULED -> APPOINTMENT_RESCHEDULED_AT;
            case APPOINTMENT_CANCELLED -> APPOINTMENT_CANCELLED_AT;
            case APPOINTMENT_MISSED -> APPOINTMENT_MOVED_TO;
            case ACP_DOCUMENT_CHANGED -> ACP_DOCUMENT_CHANGED_AT;
            case ONWARD_REFERRAL_CHANGED -> ONWARD_REFERRAL_SENT_AT;
            case VISIT_SCHEDULED -> HOME_VISIT_SCHEDULED_AT;
            case VISIT_STARTED, EVV_EXCEPTION_RAISED -> HOME_VISIT_CHECKED_IN_AT;
            case VISIT_MISSED -> MISSED_VISIT_STARTS_AT;
            case VISIT_CANCELLED -> VISIT_CANCELLED_AT;
            case URGENT_VISIT_DISPATCHED -> URGENT_VISIT_DISPATCHED_AT;
            case CALL_LOGGED -> CALL_RECEIVED_AT;
        };
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
