package org.pallium.events;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types: the CloudEvents {@code type}, the record that carries the data and
 * its JSON Schema. A type name ends in its version; a change that is not backwards compatible gets
 * a new type (v2) beside the old one, never an edit of v1. (Before the first release,
 * {@code referral.submitted.v2} retired v1 instead, and {@code visit.completed.v2}, which added the
 * visit's symptom scores, retired its v1: no deployment ever published them.)
 */
public enum EventType {
    REFERRAL_SUBMITTED("org.pallium.referral.submitted.v2", ReferralSubmitted.class),
    REFERRAL_RECEIVED("org.pallium.referral.received.v1", ReferralReceived.class),
    REFERRAL_ACCEPTED("org.pallium.referral.accepted.v1", ReferralAccepted.class),
    REFERRAL_CANCELLED("org.pallium.referral.cancelled.v1", ReferralCancelled.class),
    REFERRAL_REJECTED("org.pallium.referral.rejected.v1", ReferralRejected.class),
    REFERRAL_SCHEDULED("org.pallium.referral.scheduled.v1", ReferralScheduled.class),
    REFERRAL_FIRST_VISIT_COMPLETED("org.pallium.referral.first-visit-completed.v1", ReferralFirstVisitCompleted.class),
    REFERRAL_CONCLUDED("org.pallium.referral.concluded.v1", ReferralConcluded.class),
    REFERRAL_TRANSFERRED("org.pallium.referral.transferred.v1", ReferralTransferred.class),
    VISIT_COMPLETED("org.pallium.visit.completed.v2", VisitCompleted.class),
    CONSULT_REQUESTED("org.pallium.consult.requested.v1", ConsultRequested.class),
    CONSULT_SEEN("org.pallium.consult.seen.v1", ConsultSeen.class),
    CONSULT_SIGNED_OFF("org.pallium.consult.signed-off.v1", ConsultSignedOff.class),
    GOALS_OF_CARE_DOCUMENTED("org.pallium.goals-of-care.documented.v1", GoalsOfCareDocumented.class),
    CODE_STATUS_CHANGED("org.pallium.code-status.changed.v1", CodeStatusChanged.class),
    PATIENT_TRANSITIONED("org.pallium.patient.transitioned.v1", PatientTransitioned.class),
    APPOINTMENT_BOOKED("org.pallium.appointment.booked.v1", AppointmentBooked.class),
    APPOINTMENT_RESCHEDULED("org.pallium.appointment.rescheduled.v1", AppointmentRescheduled.class),
    APPOINTMENT_CANCELLED("org.pallium.appointment.cancelled.v1", AppointmentCancelled.class),
    APPOINTMENT_MISSED("org.pallium.appointment.missed.v1", AppointmentMissed.class),
    ACP_DOCUMENT_CHANGED("org.pallium.acp-document.changed.v1", AcpDocumentChanged.class),
    ONWARD_REFERRAL_CHANGED("org.pallium.onward-referral.changed.v1", OnwardReferralChanged.class),
    VISIT_SCHEDULED("org.pallium.visit.scheduled.v1", VisitScheduled.class),
    VISIT_STARTED("org.pallium.visit.started.v1", VisitStarted.class),
    VISIT_MISSED("org.pallium.visit.missed.v1", VisitMissed.class),
    VISIT_CANCELLED("org.pallium.visit.cancelled.v1", VisitCancelled.class),
    URGENT_VISIT_DISPATCHED("org.pallium.visit.urgent-dispatched.v1", UrgentVisitDispatched.class),
    EVV_EXCEPTION_RAISED("org.pallium.evv.exception-raised.v1", EvvExceptionRaised.class),
    CALL_LOGGED("org.pallium.call.logged.v1", CallLogged.class);

    private static final String SCHEMA_URN_PREFIX = "urn:pallium:schema:";

    private final String typeName;
    private final Class<? extends PalliumEvent> dataClass;

    EventType(String typeName, Class<? extends PalliumEvent> dataClass) {
        this.typeName = typeName;
        this.dataClass = dataClass;
    }

    /** The CloudEvents {@code type} attribute. */
    public String typeName() {
        return typeName;
    }

    public Class<? extends PalliumEvent> dataClass() {
        return dataClass;
    }

    /** The CloudEvents {@code dataschema}: the {@code $id} of the JSON Schema of the data. */
    public URI dataSchema() {
        return URI.create(SCHEMA_URN_PREFIX + typeName);
    }

    /** Where the JSON Schema lies on the classpath of this module. */
    public String schemaResource() {
        return "/schemas/" + typeName + ".json";
    }

    public Topic topic() {
        if (ReferralEvent.class.isAssignableFrom(dataClass)) {
            return Topic.REFERRAL_EVENTS;
        }
        return VisitEvent.class.isAssignableFrom(dataClass) ? Topic.VISIT_EVENTS : Topic.CARE_EVENTS;
    }

    public static EventType of(PalliumEvent event) {
        return switch (event) {
            case ReferralSubmitted submitted -> REFERRAL_SUBMITTED;
            case ReferralReceived received -> REFERRAL_RECEIVED;
            case ReferralAccepted accepted -> REFERRAL_ACCEPTED;
            case ReferralCancelled cancelled -> REFERRAL_CANCELLED;
            case ReferralRejected rejected -> REFERRAL_REJECTED;
            case ReferralScheduled scheduled -> REFERRAL_SCHEDULED;
            case ReferralFirstVisitCompleted firstVisit -> REFERRAL_FIRST_VISIT_COMPLETED;
            case ReferralConcluded concluded -> REFERRAL_CONCLUDED;
            case ReferralTransferred transferred -> REFERRAL_TRANSFERRED;
            case VisitCompleted completed -> VISIT_COMPLETED;
            case ConsultRequested requested -> CONSULT_REQUESTED;
            case ConsultSeen seen -> CONSULT_SEEN;
            case ConsultSignedOff signedOff -> CONSULT_SIGNED_OFF;
            case GoalsOfCareDocumented goals -> GOALS_OF_CARE_DOCUMENTED;
            case CodeStatusChanged codeStatus -> CODE_STATUS_CHANGED;
            case PatientTransitioned transitioned -> PATIENT_TRANSITIONED;
            case AppointmentBooked booked -> APPOINTMENT_BOOKED;
            case AppointmentRescheduled rescheduled -> APPOINTMENT_RESCHEDULED;
            case AppointmentCancelled cancelled -> APPOINTMENT_CANCELLED;
            case AppointmentMissed missed -> APPOINTMENT_MISSED;
            case AcpDocumentChanged changed -> ACP_DOCUMENT_CHANGED;
            case OnwardReferralChanged changed -> ONWARD_REFERRAL_CHANGED;
            case VisitScheduled scheduled -> VISIT_SCHEDULED;
            case VisitStarted started -> VISIT_STARTED;
            case VisitMissed missed -> VISIT_MISSED;
            case VisitCancelled cancelled -> VISIT_CANCELLED;
            case UrgentVisitDispatched dispatched -> URGENT_VISIT_DISPATCHED;
            case EvvExceptionRaised exception -> EVV_EXCEPTION_RAISED;
            case CallLogged call -> CALL_LOGGED;
        };
    }

    /** Empty for a type this version of the contract does not know: a consumer skips it. */
    public static Optional<EventType> ofTypeName(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }
}
