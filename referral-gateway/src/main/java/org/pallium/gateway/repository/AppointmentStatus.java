package org.pallium.gateway.repository;

/**
 * Where an appointment stands in the summary's read model: a clinic appointment booked (or
 * rescheduled), cancelled or missed; a visit the home programme scheduled (BOOKED), begun, missed or cancelled.
 */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    MISSED,
    /** The clinician checked in to the home programme's visit: it is no longer to come. */
    STARTED
}
