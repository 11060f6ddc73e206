package org.pallium.outpatient.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.pallium.outpatient.repository.VisitType;

/** How the clinic keeps its schedule: where it is, how long each visit takes, how it searches for slots. */
@ConfigMapping(prefix = "pallium.clinic")
public interface ClinicConfig {

    /** The clinic's time zone: the clinicians' weekly hours are local times there, and so are its days. */
    @WithDefault("America/Chicago")
    ZoneId zone();

    /** How long an appointment of each visit type lasts; its end follows from its start. */
    Map<VisitType, Duration> visitDurations();

    /** The step between the starts of the free slots offered within a block of hours, from the block's start. */
    @WithDefault("15m")
    Duration slotGrid();

    /**
     * How close to one of the patient's other appointments on campus a slot counts as adjacent to it
     * (between one's end and the other's start), so that the patient comes once for both.
     */
    @WithDefault("30m")
    Duration bundlingGap();

    /** The most days a slot search covers, so that one request cannot walk the calendar for years. */
    @WithDefault("31")
    int maxSearchDays();

    default Duration duration(VisitType visitType) {
        Duration duration = visitDurations().get(visitType);
        if (duration == null) {
            throw new IllegalStateException("pallium.clinic.visit-durations."
                    + visitType.name().toLowerCase().replace('_', '-') + " is not configured");
        }
        return duration;
    }
}
