package org.pallium.outpatient.repository;

import java.util.Set;

/**
 * Where an appointment stands. A BOOKED appointment is checked in when the patient arrives and
 * completed after the visit; it may be cancelled, before or after the check-in, or missed when the
 * patient does not come. COMPLETED, CANCELLED and MISSED are final.
 */
public enum AppointmentStatus {
    BOOKED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    MISSED;

    /**
     * The statuses in which an appointment holds its time against any other of its clinician or its
     * patient: a cancelled or missed one frees it. The database's exclusion constraints list the same.
     */
    public static final Set<AppointmentStatus> HOLDING_TIME = Set.of(BOOKED, CHECKED_IN, COMPLETED);
}
