package org.pallium.events;

/** How soon the referrer needs the patient seen (FHIR ServiceRequest.priority: routine, urgent, asap/stat). */
public enum Urgency {
    ROUTINE,
    URGENT,
    EMERGENT
}
