package org.pallium.events;

/**
 * Events of what the team documents about a patient's care beyond visits (the course of a consult,
 * goals of care, code status, a transition), published on {@link Topic#CARE_EVENTS}.
 */
public sealed interface CareEvent extends PalliumEvent
        permits ConsultSeen, ConsultSignedOff, GoalsOfCareDocumented, CodeStatusChanged, PatientTransitioned {

    /** The setting whose team documented it. */
    CareSetting setting();
}
