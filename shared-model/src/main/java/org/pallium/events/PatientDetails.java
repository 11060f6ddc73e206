package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.time.LocalDate;

/**
 * Who the patient is and how to reach them, as the referring EHR knows it (FHIR Patient).
 *
 * @param preferredLanguage a BCP 47 language tag, such as {@code es} or {@code en-US}; null when not known
 * @param phone             null when not known
 * @param address           null when not known; every referral to the home setting has one
 * @param guardian          the parent or guardian of a child; null for an adult
 */
public record PatientDetails(
        PatientIdentifier identifier,
        String name,
        LocalDate birthDate,
        AdministrativeSex sex,
        String phone,
        String preferredLanguage,
        Address address,
        Guardian guardian) {

    public PatientDetails {
        present(identifier, "identifier");
        present(name, "name");
        present(birthDate, "birthDate");
        present(sex, "sex");
        optional(phone, "phone");
        optional(preferredLanguage, "preferredLanguage");
    }
}
