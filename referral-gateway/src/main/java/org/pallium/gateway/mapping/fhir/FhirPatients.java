package org.pallium.gateway.mapping.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.pallium.events.PatientDetails;
import org.pallium.gateway.repository.Patient;

/** A patient as a FHIR Patient, without an id: the caller gives the one its resource refers to. */
final class FhirPatients {

    private static final String BCP_47 = "urn:ietf:bcp:47";

    private FhirPatients() {
    }

    /** The patient as Pallium holds them now: whole, or their identifier and name for one taken in before it kept more. */
    static org.hl7.fhir.r4.model.Patient of(Patient patient) {
        if (patient.details != null) {
            return of(patient.details);
        }
        org.hl7.fhir.r4.model.Patient shown = new org.hl7.fhir.r4.model.Patient();
        shown.addIdentifier().setSystem(patient.identifierSystem).setValue(patient.identifierValue);
        shown.addName(new HumanName().setText(patient.name));
        return shown;
    }

    static org.hl7.fhir.r4.model.Patient of(PatientDetails patient) {
        org.hl7.fhir.r4.model.Patient shown = new org.hl7.fhir.r4.model.Patient();
        shown.addIdentifier().setSystem(patient.identifier().system()).setValue(patient.identifier().value());
        shown.addName(new HumanName().setText(patient.name()));
        shown.setBirthDateElement(new DateType(patient.birthDate().toString()));
        shown.setGender(switch (patient.sex()) {
            case MALE -> AdministrativeGender.MALE;
            case FEMALE -> AdministrativeGender.FEMALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        });
        if (patient.phone() != null) {
            shown.addTelecom(phone(patient.phone()));
        }
        if (patient.preferredLanguage() != null) {
            shown.addCommunication().setPreferred(true)
                    .setLanguage(new CodeableConcept(new Coding(BCP_47, patient.preferredLanguage(), null)));
        }
        if (patient.address() != null) {
            org.hl7.fhir.r4.model.Address address = shown.addAddress();
            patient.address().lines().forEach(address::addLine);
            address.setCity(patient.address().city()).setState(patient.address().state())
                    .setPostalCode(patient.address().postalCode()).setCountry(patient.address().country());
        }
        if (patient.guardian() != null) {
            shown.addContact().setName(new HumanName().setText(patient.guardian().name()))
                    .addRelationship(new CodeableConcept().setText(patient.guardian().relationship()))
                    .addTelecom(phone(patient.guardian().phone()));
        }
        return shown;
    }

    private static ContactPoint phone(String number) {
        return new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(number);
    }
}
