package org.pallium.outpatient.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentCancelled;
import org.pallium.events.AppointmentMissed;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CareSetting;
import org.pallium.outpatient.config.ClinicConfig;
import org.pallium.outpatient.repository.Appointment;
import org.pallium.outpatient.repository.AppointmentStatus;
import org.pallium.outpatient.repository.CampusAppointment;
import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.outpatient.repository.Clinician;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.lifecycle.CareStatus;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * Books the clinic's appointments and takes each through its steps, publishing what the other
 * settings need to know: booked, rescheduled, cancelled, missed.
 *
 * <p>Nobody is booked twice at once. The database's exclusion constraints refuse an appointment whose
 * time overlaps another one of its clinician or its patient, however many requests race, and only
 * after that refusal does the service look for the appointment that holds the time, to name it in
 * the 409. The patient's other appointments on campus are checked by the service: they are what
 * the EHR said when the booking was made.
 */
@ApplicationScoped
public class AppointmentService {

    /** How often a booking is tried when the appointment that refused it is gone by the time it is looked for. */
    private static final int ATTEMPTS = 3;
    /** PostgreSQL's exclusion_violation and unique_violation. */
    private static final Set<String> TAKEN = Set.of("23P01", "23505");

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final ClinicConfig config;
    private final ScheduleService schedule;
    private final OutpatientPatientScope scope;

    AppointmentService(Outbox outbox, Clock clock, PatientAccess access, ClinicConfig config, ScheduleService schedule,
            OutpatientPatientScope scope) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.config = config;
        this.schedule = schedule;
        this.scope = scope;
    }

    /**
     * Books an appointment under the patient's open referral to the clinic (ACCEPTED, SCHEDULED or
     * IN_CARE); its end follows from the visit type's duration. The first appointment of an ACCEPTED
     * referral also schedules the referral (ReferralScheduled), in the same transaction. Booking the
     * same appointment id again returns the appointment booked first, and is answered before
     * anything else is checked, so that a retry succeeds whatever happened since.
     *
     * @throws ProblemException 404 when the patient is not the caller's to see; 409 when the id is
     *                          another patient's appointment, or the clinician or the patient has an
     *                          appointment at that time (named), or the patient has an appointment
     *                          on campus then (named); 422 when the start is past, the clinician is
     *                          unknown, the time is outside the clinician's hours or in an exception
     *                          (named), or the patient has no open referral to the clinic
     */
    public Recorded<Appointment> book(AppointmentBooking booking) {
        return claimingTime(() -> tryToBook(booking), () -> afterBookingRefused(booking));
    }

    /**
     * Moves a BOOKED appointment to another start, with the same clinician or another one; its end
     * follows from its visit type. The same start with the same clinician again is a retry, which
     * changes and publishes nothing. The first visit the appointment may have scheduled for its
     * referral stays as the referral recorded it.
     *
     * @throws ProblemException 404 when the appointment is not the caller's to see; 409 when its status
     *                          does not allow it, or the time is held (named, as for a booking); 422
     *                          as for a booking
     */
    public Appointment reschedule(UUID appointmentId, Optional<String> toClinician, Instant toStart) {
        Instant start = toStart.truncatedTo(ChronoUnit.MICROS);
        return claimingTime(() -> tryToReschedule(appointmentId, toClinician, start),
                () -> afterReschedulingRefused(appointmentId, toClinician, start));
    }

    /** The patient arrived. A retry changes nothing; from any status but BOOKED it is a 409. */
    @Transactional
    public Appointment checkIn(UUID appointmentId) {
        Appointment appointment = lockVisible(appointmentId);
        appointment.checkIn(access.caller().id(), now());
        return appointment;
    }

    /** The visit took place; needs the patient checked in. A retry changes nothing. */
    @Transactional
    public Appointment complete(UUID appointmentId) {
        Appointment appointment = lockVisible(appointmentId);
        appointment.complete(access.caller().id(), now());
        return appointment;
    }

    /** Cancels a BOOKED or CHECKED_IN appointment, with the reason, freeing its time. A retry changes nothing. */
    @Transactional
    public Appointment cancel(UUID appointmentId, String reason) {
        Appointment appointment = lockVisible(appointmentId);
        if (appointment.cancel(reason, access.caller().id(), now())) {
            outbox.record(new AppointmentCancelled(appointment.id, appointment.patientId, CareSetting.OUTPATIENT,
                    appointment.startsAt, reason, appointment.cancelledBy, appointment.cancelledAt));
        }
        return appointment;
    }

    /** The patient did not come to a BOOKED appointment, which frees its time. A retry changes nothing. */
    @Transactional
    public Appointment recordMissed(UUID appointmentId) {
        Appointment appointment = lockVisible(appointmentId);
        if (appointment.miss(access.caller().id(), now())) {
            outbox.record(new AppointmentMissed(appointment.id, appointment.patientId, CareSetting.OUTPATIENT,
                    appointment.startsAt, appointment.missedRecordedBy, appointment.missedRecordedAt));
        }
        return appointment;
    }

    /** The appointment, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<Appointment> find(UUID appointmentId) {
        return access.visible(Appointment.findByIdOptional(appointmentId), appointment -> appointment.patientId);
    }

    /** The patient's appointments, the soonest first; none when the patient is not the caller's to see. */
    @Transactional
    public List<Appointment> ofPatient(UUID patientId) {
        return access.permits(patientId) ? Appointment.ofPatient(patientId) : List.of();
    }

    /**
     * The clinician's appointments starting in the range, the soonest first: of every patient for a
     * coordinator, of the patients on the clinic's census for its clinicians, none for anyone else.
     */
    @Transactional
    public List<Appointment> ofClinician(String clinicianId, DateRange range) {
        return switch (scope.listing(access.caller())) {
            case EVERY_PATIENT -> Appointment.ofClinician(clinicianId, range.start(), range.end());
            case PATIENTS_ON_CENSUS -> Appointment.ofClinicianOfPatientsOnCensus(clinicianId, range.start(), range.end());
            case NO_PATIENT -> List.of();
        };
    }

    private Recorded<Appointment> tryToBook(AppointmentBooking booking) {
        if (!access.permits(booking.patientId())) {
            throw ClinicProblems.unknownPatient(booking.patientId());
        }
        Optional<Appointment> earlier = Appointment.findByIdOptional(booking.appointmentId());
        if (earlier.isPresent()) {
            return new Recorded<>(sameAppointment(earlier.get(), booking), false);
        }
        Instant now = now();
        Instant start = booking.startsAt().truncatedTo(ChronoUnit.MICROS);
        Instant end = start.plus(config.duration(booking.visitType()));
        requireBookable(booking.patientId(), booking.clinicianId(), start, end, now);
        ClinicReferral referral = ClinicReferral.lockOpenForVisits(booking.patientId())
                .orElseThrow(() -> new ProblemException(422, "Patient not referred to the clinic",
                        "Patient " + booking.patientId() + " has no accepted referral to the clinic that is still open"));
        Appointment appointment = new Appointment();
        appointment.id = booking.appointmentId();
        appointment.patientId = booking.patientId();
        appointment.referralId = referral.id;
        appointment.clinicianId = booking.clinicianId();
        appointment.visitType = booking.visitType();
        appointment.startsAt = start;
        appointment.endsAt = end;
        appointment.status = AppointmentStatus.BOOKED;
        appointment.bookedBy = access.caller().id();
        appointment.bookedAt = now;
        appointment.persistAndFlush();
        if (referral.lifecycle().status() == CareStatus.ACCEPTED) {
            referral.schedule(start, appointment.bookedBy, now).ifPresent(outbox::record);
        }
        outbox.record(new AppointmentBooked(appointment.id, appointment.patientId, CareSetting.OUTPATIENT,
                appointment.clinicianId, appointment.visitType.name(), start, end, appointment.bookedBy, now));
        return new Recorded<>(appointment, true);
    }

    /**
     * After the database refused a booking: a concurrent request with the same id booked it (the
     * answer), or an appointment holds the time (the 409 naming it), or nothing does any more.
     */
    private Optional<Recorded<Appointment>> afterBookingRefused(AppointmentBooking booking) {
        Optional<Appointment> booked = Appointment.findByIdOptional(booking.appointmentId());
        if (booked.isPresent()) {
            return Optional.of(new Recorded<>(sameAppointment(booked.get(), booking), false));
        }
        Instant start = booking.startsAt().truncatedTo(ChronoUnit.MICROS);
        requireTimeFree(booking.appointmentId(), booking.patientId(), booking.clinicianId(), start,
                start.plus(config.duration(booking.visitType())));
        return Optional.empty();
    }

    private Appointment tryToReschedule(UUID appointmentId, Optional<String> toClinician, Instant start) {
        Appointment appointment = lockVisible(appointmentId);
        String clinicianId = toClinician.orElse(appointment.clinicianId);
        Instant end = start.plus(config.duration(appointment.visitType));
        Instant now = now();
        boolean retry = appointment.bookedAt(clinicianId, start);
        if (!retry && appointment.status == AppointmentStatus.BOOKED) {
            requireBookable(appointment.patientId, clinicianId, start, end, now);
        }
        Instant previousStart = appointment.startsAt;
        if (appointment.reschedule(clinicianId, start, end, access.caller().id(), now)) {
            Appointment.flush();
            outbox.record(new AppointmentRescheduled(appointment.id, appointment.patientId, CareSetting.OUTPATIENT,
                    clinicianId, previousStart, start, end, appointment.rescheduledBy, appointment.rescheduledAt));
        }
        return appointment;
    }

    /** After the database refused a move: a concurrent retry made it (the answer), or the 409 naming what holds the time. */
    private Optional<Appointment> afterReschedulingRefused(UUID appointmentId, Optional<String> toClinician, Instant start) {
        Appointment appointment = find(appointmentId).orElseThrow(() -> ClinicProblems.unknownAppointment(appointmentId));
        String clinicianId = toClinician.orElse(appointment.clinicianId);
        if (appointment.bookedAt(clinicianId, start)) {
            return Optional.of(appointment);
        }
        requireTimeFree(appointmentId, appointment.patientId, clinicianId, start,
                start.plus(config.duration(appointment.visitType)));
        return Optional.empty();
    }

    /**
     * Runs {@code attempt} in a transaction of its own. When the database refuses it because another
     * appointment holds the time, or a concurrent request took the id, {@code afterRefusal} finds out
     * in a new transaction what happened: it answers, or throws the 409 naming what holds the time,
     * or finds nothing (that appointment was cancelled meanwhile) and the attempt runs again.
     */
    private <T> T claimingTime(Supplier<T> attempt, Supplier<Optional<T>> afterRefusal) {
        for (int round = 1; ; round++) {
            try {
                return QuarkusTransaction.requiringNew().call(attempt::get);
            } catch (RuntimeException e) {
                if (!takenInTheDatabase(e)) {
                    throw e;
                }
                Optional<T> answer = QuarkusTransaction.requiringNew().call(afterRefusal::get);
                if (answer.isPresent()) {
                    return answer.get();
                }
                if (round == ATTEMPTS) {
                    throw new ProblemException(409, "Time contended",
                            "Other appointments kept taking and freeing this time; retry");
                }
            }
        }
    }

    /**
     * What a booking or a move needs, short of a free time, which the database decides: a start not
     * past, a known clinician whose hours hold the appointment and who is not away, and no appointment
     * of the patient on campus at that time.
     */
    private void requireBookable(UUID patientId, String clinicianId, Instant start, Instant end, Instant now) {
        if (start.isBefore(now)) {
            throw new ProblemException(422, "Appointment in the past", "The appointment would start at " + start
                    + ", before now");
        }
        if (Clinician.findByIdOptional(clinicianId).isEmpty()) {
            throw ClinicProblems.unknownClinician(422, clinicianId);
        }
        schedule.availability(List.of(clinicianId), start, end).get(clinicianId).refusal(start, end).ifPresent(refusal -> {
            throw refusal;
        });
        CampusAppointment.ofPatientOverlapping(patientId, start, end).stream().findFirst().ifPresent(campus -> {
            throw new ProblemException(409, "Patient busy on campus", "The patient has campus appointment "
                    + campus.ehrId + " from " + campus.startsAt + " to " + campus.endsAt);
        });
    }

    /** Throws the 409 that names the appointment holding the clinician's or the patient's time, if one does. */
    private static void requireTimeFree(UUID appointmentId, UUID patientId, String clinicianId, Instant start, Instant end) {
        Appointment.ofClinicianHolding(clinicianId, start, end, appointmentId).ifPresent(held -> {
            throw new ProblemException(409, "Clinician already booked", "Clinician " + clinicianId
                    + " is booked at that time: appointment " + held.id);
        });
        Appointment.ofPatientHolding(patientId, start, end, appointmentId).ifPresent(held -> {
            throw new ProblemException(409, "Patient already booked", "The patient has appointment " + held.id
                    + " from " + held.startsAt + " to " + held.endsAt);
        });
    }

    private static Appointment sameAppointment(Appointment earlier, AppointmentBooking booking) {
        if (!earlier.patientId.equals(booking.patientId())) {
            throw new ProblemException(409, "Appointment id in use",
                    "Appointment " + booking.appointmentId() + " belongs to another patient");
        }
        return earlier;
    }

    /** Locked until the transaction ends, so that two steps on it are taken one after the other. */
    private Appointment lockVisible(UUID appointmentId) {
        return access.visible(Appointment.<Appointment>findByIdOptional(appointmentId, LockModeType.PESSIMISTIC_WRITE),
                appointment -> appointment.patientId).orElseThrow(() -> ClinicProblems.unknownAppointment(appointmentId));
    }

    /** Kept to the microsecond, as the database keeps it, so that the answer, the event and a later read agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean takenInTheDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && TAKEN.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
