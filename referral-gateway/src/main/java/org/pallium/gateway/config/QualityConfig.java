package org.pallium.gateway.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The quality measures' settings ({@code pallium.quality.*}). */
@ConfigMapping(prefix = "pallium.quality")
public interface QualityConfig {

    /**
     * The programme's time zone: a referral counts in the month it was submitted in there, and the
     * worklist's days since diagnosis count from today there.
     */
    @WithDefault("America/Chicago")
    ZoneId zone();
}
