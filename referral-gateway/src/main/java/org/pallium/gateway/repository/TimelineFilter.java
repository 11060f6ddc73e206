package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;

/**
 * Which entries of a timeline a page shows: those matching every criterion given, and any one of a
 * criterion's values; an empty criterion does not filter.
 *
 * @param settings     the settings as FHIR Encounter classes (IMP, AMB, HH, VR): an encounter matches
 *                     its own class (a video visit VR, whichever team held it), any other entry the
 *                     class of its setting (a home referral step HH)
 * @param types        CloudEvents types, such as org.pallium.visit.completed.v2
 * @param disciplines  the discipline of who led the visit; entries without one never match
 * @param from         clinical time, inclusive
 * @param to           clinical time, exclusive
 */
public record TimelineFilter(Set<String> settings, Set<String> types, Set<Discipline> disciplines,
        Optional<Instant> from, Optional<Instant> to) {

    public static final TimelineFilter NONE = new TimelineFilter(Set.of(), Set.of(), Set.of(), Optional.empty(),
            Optional.empty());

    public TimelineFilter {
        settings = Set.copyOf(settings);
        types = Set.copyOf(types);
        disciplines = Set.copyOf(disciplines);
    }

    /** The care settings whose entries that are no encounter match {@link #settings()}: none for VR. */
    Set<CareSetting> careSettings() {
        return Arrays.stream(CareSetting.values()).filter(setting -> settings.contains(setting.encounterClass()))
                .collect(Collectors.toSet());
    }
}
