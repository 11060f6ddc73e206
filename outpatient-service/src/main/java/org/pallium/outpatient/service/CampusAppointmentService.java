package org.pallium.outpatient.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.outpatient.repository.CampusAppointment;
import org.pallium.platform.audit.AuditContext;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientAccess;
import org.pallium.platform.security.Roles;

/** The patients' other appointments on campus, as the EHR sends them, for the clinic to book around. */
@ApplicationScoped
public class CampusAppointmentService {

    private final Clock clock;
    private final PatientAccess access;
    private final AuditContext audit;

    CampusAppointmentService(Clock clock, PatientAccess access, AuditContext audit) {
        this.clock = clock;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Replaces the patient's campus appointments with these: the EHR sends the whole list each time,
     * so the same list again leaves the same list, and an appointment left out is gone. Appointments
     * the clinic booked stay as they are, even if one now overlaps. The EHR is where these records
     * come from, so an EHR system may send them for any patient; a clinician only for the patients
     * on the clinic's census.
     *
     * @throws ProblemException 404 when the caller is not an EHR system and may not see the patient;
     *                          422 when an id is sent twice or an appointment does not end after it starts
     */
    @Transactional
    public List<CampusAppointment> replace(UUID patientId, List<CampusAppointmentEntry> entries) {
        Caller caller = access.caller();
        if (caller.is(Roles.EHR_SYSTEM)) {
            audit.concerns(patientId, true);
        } else if (!access.permits(patientId)) {
            throw ClinicProblems.unknownPatient(patientId);
        }
        Set<String> ids = new HashSet<>();
        for (CampusAppointmentEntry entry : entries) {
            if (!ids.add(entry.ehrId())) {
                throw new ProblemException(422, "Invalid campus appointments", "The id " + entry.ehrId() + " is sent twice");
            }
            if (!entry.endsAt().isAfter(entry.startsAt())) {
                throw new ProblemException(422, "Invalid campus appointments", "Appointment " + entry.ehrId()
                        + " does not end after it starts");
            }
        }
        List<CampusAppointment> appointments = entries.stream().map(entry -> {
            CampusAppointment appointment = new CampusAppointment();
            appointment.patientId = patientId;
            appointment.ehrId = entry.ehrId();
            appointment.startsAt = entry.startsAt().truncatedTo(ChronoUnit.MICROS);
            appointment.endsAt = entry.endsAt().truncatedTo(ChronoUnit.MICROS);
            appointment.description = entry.description();
            appointment.location = entry.location();
            appointment.receivedFrom = caller.id();
            appointment.receivedAt = clock.instant();
            return appointment;
        }).sorted(Comparator.comparing((CampusAppointment appointment) -> appointment.startsAt)
                .thenComparing(appointment -> appointment.ehrId)).toList();
        CampusAppointment.replaceAllOf(patientId, appointments);
        return appointments;
    }

    /** The patient's campus appointments, the soonest first; empty when the patient is not the caller's to see. */
    @Transactional
    public Optional<List<CampusAppointment>> ofPatient(UUID patientId) {
        return access.permits(patientId) ? Optional.of(CampusAppointment.ofPatient(patientId)) : Optional.empty();
    }
}
