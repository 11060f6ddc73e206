package org.pallium.outpatient.service;

import java.time.Instant;

/** One of the patient's appointments on campus, as the EHR sends it, under the EHR's id. */
public record CampusAppointmentEntry(String ehrId, Instant startsAt, Instant endsAt, String description, String location) {
}
