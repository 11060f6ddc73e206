package org.pallium.events;

import static org.pallium.events.Require.present;

/**
 * The parent or legal guardian who decides for a child (FHIR Patient.contact).
 *
 * @param relationship as the referrer words it, such as "mother" or "legal guardian"
 */
public record Guardian(String name, String relationship, String phone) {

    public Guardian {
        present(name, "name");
        present(relationship, "relationship");
        present(phone, "phone");
    }
}
