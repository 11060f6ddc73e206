package org.pallium.homevisit.mapping;

import org.pallium.homevisit.repository.NurseCall;
import org.pallium.homevisit.repository.OnCallShift;
import org.pallium.homevisit.rest.NurseCallView;
import org.pallium.homevisit.rest.OnCallShiftView;

/** Between the API's calls and on-call shifts and the nurse line's entities. */
public final class NurseLineMapper {

    private NurseLineMapper() {
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
