package org.pallium.outpatient.service;

import java.time.Instant;

import org.pallium.outpatient.repository.Clinician;
import org.pallium.outpatient.repository.VisitType;

/** A time at which an appointment of the visit type can be booked with the clinician. */
public record Slot(Clinician clinician, VisitType visitType, Instant startsAt, Instant endsAt) {
}
