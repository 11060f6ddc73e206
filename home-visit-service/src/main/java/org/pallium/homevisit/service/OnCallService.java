package org.pallium.homevisit.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.homevisit.repository.OnCallShift;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientAccess;
import org.pallium.platform.security.Roles;

/**
 * The nurse line's on-call roster, which coordinators plan and the home team reads: an urgent
 * visit dispatched from a call goes to the nurse on call when the call came in. The roster holds
 * no patient data, but is the home team's own: a clinician of another setting does not read it.
 */
@ApplicationScoped
public class OnCallService {

    /** The longest period one read of the roster covers, so that one request cannot walk it for years. */
    private static final Duration LONGEST_PERIOD = Duration.ofDays(62);

    private final PatientAccess access;
    private final Clock clock;

    OnCallService(PatientAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /**
     * Puts a shift on the roster. The id is chosen by the coordinator's client, so a retry answers
     * the shift already planned.
     *
     * @throws ProblemException 422 when the shift ends before it starts, 409 when the id names
     *                          another shift
     */
    @Transactional
    public Recorded<OnCallShift> plan(UUID shiftId, String nurse, Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new ProblemException(422, "Invalid shift", "endsAt is not after startsAt");
        }
        Optional<OnCallShift> earlier = OnCallShift.findByIdOptional(shiftId);
        if (earlier.isPresent()) {
            OnCallShift shift = earlier.get();
            if (!shift.nurse.equals(nurse) || !shift.startsAt.equals(startsAt) || !shift.endsAt.equals(endsAt)) {
                throw new ProblemException(409, "Shift id in use", "Shift " + shiftId + " is another nurse's or time");
            }
            return new Recorded<>(shift, false);
        }
        OnCallShift shift = new OnCallShift();
        shift.id = shiftId;
        shift.nurse = nurse;
        shift.startsAt = startsAt;
        shift.endsAt = endsAt;
        shift.createdAt = clock.instant();
        shift.createdBy = access.caller().id();
        shift.persist();
        return new Recorded<>(shift, true);
    }

    /**
     * A page of the shifts on call at some time between {@code from} and {@code to}, the earliest first.
     *
     * @throws ProblemException 400 for a period that is empty or longer than 62 days, 403 for a
     *                          caller outside the home team
     */
    @Transactional
    public List<OnCallShift> between(Instant from, Instant to, PageRequest page) {
        requireHomeTeam();
        if (!to.isAfter(from)) {
            throw new ProblemException(400, "Empty period", "from must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw new ProblemException(400, "Period too long", "The roster is read at most 62 days at a time");
        }
        return OnCallShift.overlapping(from, to, page);
    }

    /** The shift on call now, if there is one. */
    @Transactional
    public Optional<OnCallShift> now() {
        requireHomeTeam();
        return OnCallShift.at(clock.instant());
    }

    private void requireHomeTeam() {
        Caller caller = access.caller();
        if (!caller.is(Roles.COORDINATOR) && !caller.is(Roles.HOME_NURSE) && !caller.isClinicianIn(CareSetting.HOME)) {
            throw new ProblemException(403, "Not on the home team", "The on-call roster is the home team's");
        }
    }
}
