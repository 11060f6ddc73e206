package org.pallium.outpatient.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pallium.outpatient.repository.Appointment;
import org.pallium.outpatient.repository.CampusAppointment;
import org.pallium.outpatient.rest.AppointmentView;
import org.pallium.outpatient.rest.BookAppointmentRequest;
import org.pallium.outpatient.rest.CampusAppointmentView;
import org.pallium.outpatient.rest.CampusAppointmentsRequest;
import org.pallium.outpatient.rest.CampusAppointmentsView;
import org.pallium.outpatient.service.AppointmentBooking;
import org.pallium.outpatient.service.CampusAppointmentEntry;

/** Between the API's records and the clinic's appointments, and the patients' appointments elsewhere on campus. */
public final class AppointmentMapper {

    private AppointmentMapper() {
    }

    public static AppointmentBooking toBooking(BookAppointmentRequest request) {
        return new AppointmentBooking(Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID), request.patientId(),
                request.clinician(), request.visitType(), request.startsAt());
    }

    public static AppointmentView toView(Appointment appointment) {
        return new AppointmentView(appointment.id, appointment.patientId, appointment.referralId, appointment.clinicianId,
                appointment.visitType, appointment.visitType.encounterClass(), appointment.startsAt, appointment.endsAt,
                appointment.status, step(appointment.bookedAt, appointment.bookedBy, null),
                step(appointment.rescheduledAt, appointment.rescheduledBy, null),
                step(appointment.checkedInAt, appointment.checkedInBy, null),
                step(appointment.completedAt, appointment.completedBy, null),
                step(appointment.cancelledAt, appointment.cancelledBy, appointment.cancellationReason),
                step(appointment.missedRecordedAt, appointment.missedRecordedBy, null));
    }

    public static List<CampusAppointmentEntry> toEntries(CampusAppointmentsRequest request) {
        return request.appointments().stream().map(appointment -> new CampusAppointmentEntry(appointment.id(),
                appointment.startsAt(), appointment.endsAt(), appointment.description(), appointment.location())).toList();
    }

    public static CampusAppointmentsView toView(UUID patientId, List<CampusAppointment> appointments) {
        return new CampusAppointmentsView(patientId, appointments.stream().map(appointment -> new CampusAppointmentView(
                appointment.ehrId, appointment.startsAt, appointment.endsAt, appointment.description, appointment.location,
                appointment.receivedFrom, appointment.receivedAt)).toList());
    }

    private static AppointmentView.Step step(Instant at, String by, String reason) {
        return at == null ? null : new AppointmentView.Step(at, by, reason);
    }
}
