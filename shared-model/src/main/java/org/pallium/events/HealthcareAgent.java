package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

/**
 * The person the patient named to make health decisions for them when they cannot (health care
 * power of attorney).
 *
 * @param phone null when not known
 */
public record HealthcareAgent(String name, String relationship, String phone) {

    public HealthcareAgent {
        present(name, "name");
        present(relationship, "relationship");
        optional(phone, "phone");
    }
}
