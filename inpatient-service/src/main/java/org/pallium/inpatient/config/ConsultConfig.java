package org.pallium.inpatient.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.pallium.events.Urgency;

/** How the hospital team measures itself: response targets by urgency, and what counts as a worsening. */
@ConfigMapping(prefix = "pallium.consult")
public interface ConsultConfig {

    /** How soon after its request a consult should be seen, for each urgency. */
    Map<Urgency, Duration> responseTargets();

    Worsening worsening();

    /** The change between a patient's two latest assessments that the census flags. */
    interface Worsening {

        /** An ESAS-r item that rose by this many points or more. */
        @WithDefault("3")
        int esasRise();

        /** A PPS that fell by this many percentage points or more. */
        @WithDefault("20")
        int ppsDrop();
    }

    default Duration responseTarget(Urgency urgency) {
        Duration target = responseTargets().get(urgency);
        if (target == null) {
            throw new IllegalStateException("pallium.consult.response-targets." + urgency.name().toLowerCase()
                    + " is not configured");
        }
        return target;
    }
}
