package org.pallium.homevisit.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.pallium.events.Discipline;

/** How the home programme runs its visits: its days, its schedule, how EVV is verified, how long an urgent visit takes. */
@ConfigMapping(prefix = "pallium.home")
public interface HomeProgrammeConfig {

    /** The programme's time zone: visit plans' times are local times there, and so are its days (the EVV export's date, a nurse's day). */
    @WithDefault("America/Chicago")
    ZoneId timeZone();

    /** The home health agency a new patient's visits are made by, for the EVV export, until the team names another. */
    String defaultAgency();

    /** How many days ahead the visit plans' schedule is generated: the app shows and syncs these. */
    @WithDefault("28")
    int scheduleHorizonDays();

    /** How often the horizon moves on with the days (read by the scheduled job, {@code ScheduleHorizon}). */
    @WithDefault("1h")
    Duration scheduleExtensionEvery();

    /** How long an urgent visit dispatched from the nurse line is scheduled for, from when the call came in. */
    @WithDefault("60m")
    Duration urgentVisitDuration();

    Evv evv();

    /** Electronic Visit Verification of in-person visits. */
    interface Evv {

        /**
         * How far from the patient's address, in metres, a check-in or check-out may be before it is
         * flagged for a coordinator's review (never refused: a phone's fix can be poor indoors).
         */
        @WithDefault("500")
        int maxDistance();

        /** The EVV "type of service" each discipline's visits are reported as. */
        Map<Discipline, String> serviceTypes();

        /** The discipline's service type; empty when none is configured, which the export flags. */
        default Optional<String> serviceType(Discipline discipline) {
            return Optional.ofNullable(serviceTypes().get(discipline));
        }
    }
}
