package org.pallium.events;

/**
 * Events of what the team documents and arranges about a patient's care beyond visits (the course
 * of a consult, goals of care, code status, advance care planning documents, a transition,
 * appointments, onward referrals, calls to the nurse line), published on {@link Topic#CARE_EVENTS}.
 */
public sealed interface CareEvent extends PalliumEvent
        permits ConsultSeen, ConsultSignedOff, GoalsOfCareDocumented, CodeStatusChanged, PatientTransitioned,
        AppointmentBooked, AppointmentRescheduled, AppointmentCancelled, AppointmentMissed, AcpDocumentChanged,
        OnwardReferralChanged, CallLogged {

    /** The setting whose team documented it. */
    CareSetting setting();
}
