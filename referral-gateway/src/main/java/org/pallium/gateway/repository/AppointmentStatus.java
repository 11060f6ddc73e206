package org.pallium.gateway.repository;

/** Where a clinic appointment stands in the summary's read model: booked (or rescheduled), cancelled, or missed. */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    MISSED
}
