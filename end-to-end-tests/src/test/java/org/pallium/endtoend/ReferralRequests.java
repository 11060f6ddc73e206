package org.pallium.endtoend;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Complete referrals as an EHR posts them to the gateway's JSON API, and consults as a hospital asks for them. */
final class ReferralRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.19.5";

    private ReferralRequests() {
    }

    /** A referral of an adult with an address, so it suits every setting. */
    static Map<String, Object> referral(String mrn, String setting) {
        return Map.of(
                "patient", Map.of(
                        "identifier", Map.of("system", MRN_SYSTEM, "value", mrn),
                        "name", "Test Patient", "birthDate", "1947-02-11", "sex", "MALE",
                        "address", Map.of("lines", List.of("7 Station Road"), "city", "Springfield")),
                "diagnosis", Map.of(
                        "code", Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "I50.9"),
                        "text", "Heart failure, NYHA IV", "advancedCancer", false),
                "reason", "Symptom burden in advanced illness",
                "symptoms", List.of("breathlessness", "anxiety"),
                "urgency", "ROUTINE",
                "setting", setting,
                "referrer", Map.of("clinician", "Dr. Test Referrer", "organisation", "Springfield General Hospital"));
    }

    /** A patient as the gateway's registry takes them: what a hospital knows of an admitted patient, no address. */
    static Map<String, Object> patient(String mrn, String name) {
        return Map.of("identifier", Map.of("system", MRN_SYSTEM, "value", mrn), "name", name, "birthDate", "1947-02-11",
                "sex", "MALE");
    }

    /** A consult that a clinician of the hospital asks for, for an admitted patient, as the inpatient service takes it. */
    static Map<String, Object> consultRequest(UUID id, String mrn, String name) {
        return Map.of("id", id.toString(), "patient", patient(mrn, name),
                "diagnosis", Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "C34.90",
                        "display", "Malignant neoplasm of unspecified part of lung", "text", "Metastatic lung cancer",
                        "advancedCancer", true),
                "unit", "5 West", "bed", "12B", "admittingService", "Oncology",
                "requestingClinician", "Dr. Test Referrer", "requestingOrganisation", "Springfield General Hospital",
                "question", "Pain and breathlessness at rest; please help with goals of care", "urgency", "URGENT");
    }

    static String json(String mrn, String setting) {
        try {
            return JSON.writeValueAsString(referral(mrn, setting));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A complete FHIR ServiceRequest with its Patient, Condition and requester contained, as the README posts it. */
    static String serviceRequest(String mrn, String setting) {
        return """
                {"resourceType": "ServiceRequest",
                 "contained": [
                   {"resourceType": "Patient", "id": "p1",
                    "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": "%1$s"}],
                    "name": [{"given": ["Test"], "family": "Patient"}], "gender": "female", "birthDate": "1949-07-01",
                    "address": [{"line": ["12 Elm Street"], "city": "Springfield"}]},
                   {"resourceType": "Condition", "id": "dx", "subject": {"reference": "#p1"},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J44.9"}], "text": "Advanced COPD"},
                    "stage": [{"summary": {"coding": [{"system": "urn:pallium:cancer-stage", "code": "not-advanced-cancer"}]}}]},
                   {"resourceType": "PractitionerRole", "id": "dr", "practitioner": {"display": "Dr. Test Referrer"},
                    "organization": {"display": "Springfield General Hospital"}}],
                 "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99", "value": "order-%1$s"}],
                 "status": "active", "intent": "order", "priority": "routine",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "306237005"}]},
                 "subject": {"reference": "#p1"}, "requester": {"reference": "#dr"},
                 "performerType": {"coding": [{"system": "urn:pallium:care-setting", "code": "%2$s"}]},
                 "reasonCode": [{"text": "Breathlessness at rest"}], "reasonReference": [{"reference": "#dx"}]}
                """.formatted(mrn, setting);
    }
}
