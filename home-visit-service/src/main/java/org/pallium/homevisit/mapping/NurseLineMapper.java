package org.pallium.homevisit.mapping;

import java.util.UUID;

import org.pallium.homevisit.repository.NurseCall;
import org.pallium.homevisit.repository.OnCallShift;
import org.pallium.homevisit.rest.LogCallRequest;
import org.pallium.homevisit.rest.NurseCallView;
import org.pallium.homevisit.rest.OnCallShiftView;
import org.pallium.homevisit.service.CallLogging;

/** Between the API's calls and on-call shifts and the nurse line's entities. */
public final class NurseLineMapper {

    private NurseLineMapper() {
    }

    public static CallLogging toLogging(LogCallRequest request) {
        return new CallLogging(request.id() != null ? request.id() : UUID.randomUUID(), request.patientId(),
                request.callerType(), request.callerName(), request.callbackNumber(), request.receivedAt(),
                request.durationSeconds(), request.reason(), request.details(), request.outcome(), request.followUp(),
                request.followUpDue(), request.dispatchTo());
    }

    public static NurseCallView toView(NurseCall call) {
        return new NurseCallView(call.id, call.patientId, call.callerType, call.callerName, call.callbackNumber,
                call.receivedAt, call.durationSeconds, call.reason, call.details, call.outcome, call.followUp,
                call.followUpDue, call.dispatchedVisitId, call.takenBy, call.recordedAt);
    }

    public static OnCallShiftView toView(OnCallShift shift) {
        return new OnCallShiftView(shift.id, shift.nurse, shift.startsAt, shift.endsAt, shift.createdBy);
    }
}
