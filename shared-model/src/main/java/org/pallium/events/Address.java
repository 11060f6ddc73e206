package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.util.List;

/**
 * Where the patient lives (FHIR Address): the home programme's nurses drive there.
 *
 * @param lines      street, number, apartment: at least one line
 * @param state      state or province, when the country has them
 * @param postalCode when the country has them
 * @param country    ISO 3166 country code or name, when not the programme's own country
 */
public record Address(List<String> lines, String city, String state, String postalCode, String country) {

    public Address {
        present(lines, "lines");
        if (lines.isEmpty() || lines.stream().anyMatch(line -> line == null || line.isBlank())) {
            throw new IllegalArgumentException("lines must hold at least one line, none blank");
        }
        lines = List.copyOf(lines);
        present(city, "city");
        optional(state, "state");
        optional(postalCode, "postalCode");
        optional(country, "country");
    }
}
