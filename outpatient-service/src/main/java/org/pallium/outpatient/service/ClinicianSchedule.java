package org.pallium.outpatient.service;

import java.util.List;

import org.pallium.outpatient.repository.Clinician;
import org.pallium.outpatient.repository.WorkingHours;

/** A clinician with their weekly template, Monday first. */
public record ClinicianSchedule(Clinician clinician, List<WorkingHours> weeklyTemplate) {
}
