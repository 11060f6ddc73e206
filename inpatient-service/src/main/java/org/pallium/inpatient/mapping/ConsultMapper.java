package org.pallium.inpatient.mapping;

import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.inpatient.repository.Consult;
import org.pallium.inpatient.repository.Encounter;
import org.pallium.inpatient.rest.ConsultView;
import org.pallium.inpatient.rest.EncounterView;
import org.pallium.inpatient.rest.RecordEncounterRequest;
import org.pallium.inpatient.service.EncounterRecording;
import org.pallium.platform.lifecycle.ReferralLifecycleView;

/** Between the API's records and the consult entities. */
public final class ConsultMapper {

    private ConsultMapper() {
    }

    public static ConsultView toView(Consult consult) {
        return new ConsultView(consult.id, consult.referralId, consult.patientId, consult.patientName,
                consult.reason, consult.requestingClinician, consult.requestedAt, ReferralLifecycleView.of(consult));
    }

    public static EncounterView toView(Encounter encounter) {
        return new EncounterView(encounter.id, encounter.consultId, encounter.patientId,
                CareSetting.INPATIENT.encounterClass(), encounter.kind, encounter.clinician, encounter.discipline,
                encounter.startedAt, encounter.endedAt, encounter.notes);
    }

    public static EncounterRecording toRecording(UUID consultId, RecordEncounterRequest request) {
        return new EncounterRecording(request.id() != null ? request.id() : UUID.randomUUID(), consultId,
                request.kind(), request.clinician(), request.discipline(), request.startedAt(), request.endedAt(),
                request.notes());
    }
}
