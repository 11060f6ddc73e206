package org.pallium.homevisit.repository;

/**
 * One allergy or intolerance, as the team recorded it.
 *
 * @param substance what the patient reacts to, such as "morphine" or "latex"
 * @param reaction  what happens, such as "hives"; null when not known
 */
public record Allergy(String substance, String reaction, AllergySeverity severity) {
}
