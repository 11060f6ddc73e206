package org.pallium.gateway.mapping;

import org.pallium.events.Address;
import org.pallium.events.Guardian;
import org.pallium.events.PatientDetails;
import org.pallium.events.PatientIdentifier;
import org.pallium.gateway.rest.SubmitReferralRequest;

/** Between a patient as the JSON APIs take one (in a referral, or on its own) and the patient's details. */
public final class PatientMapper {

    private PatientMapper() {
    }

    public static PatientDetails toDetails(SubmitReferralRequest.PatientDetails patient) {
        SubmitReferralRequest.Address address = patient.address();
        SubmitReferralRequest.Guardian guardian = patient.guardian();
        return new PatientDetails(new PatientIdentifier(patient.identifier().system(), patient.identifier().value()),
                patient.name(), patient.birthDate(), patient.sex(), patient.phone(), patient.preferredLanguage(),
                address == null ? null : new Address(address.lines(), address.city(), address.state(),
                        address.postalCode(), address.country()),
                guardian == null ? null : new Guardian(guardian.name(), guardian.relationship(), guardian.phone()));
    }
}
