package org.pallium.outpatient.rest;

import java.util.List;
import java.util.UUID;

/** The patient's appointments elsewhere on campus, the soonest first. */
public record CampusAppointmentsView(UUID patientId, List<CampusAppointmentView> appointments) {
}
