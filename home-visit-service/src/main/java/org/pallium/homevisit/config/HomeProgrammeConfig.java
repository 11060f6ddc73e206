package org.pallium.homevisit.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the home programme keeps its schedule. */
@ConfigMapping(prefix = "pallium.home")
public interface HomeProgrammeConfig {

    /** The programme's time zone: visit plans' times are local times there, and so are its days. */
    @WithDefault("America/Chicago")
    ZoneId timeZone();

    /** The home health agency a new patient's visits are made by, for the EVV export, until the team names another. */
    String defaultAgency();

    /** How many days ahead the visit plans' schedule is generated: the app shows and syncs these. */
    @WithDefault("28")
    int scheduleHorizonDays();
}
