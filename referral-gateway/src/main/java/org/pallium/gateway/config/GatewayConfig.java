package org.pallium.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.pallium.events.CareSetting;

/** The gateway's own settings ({@code pallium.gateway.*}). */
@ConfigMapping(prefix = "pallium.gateway")
public interface GatewayConfig {

    /** The base URL of each setting's service, for the timeline's links to the source records. */
    Map<CareSetting, URI> serviceUrls();

    /**
     * The longest a rebuild of the read model may take, in its one transaction, before it is
     * rolled back and the read model stays as it was.
     */
    @WithDefault("30m")
    Duration rebuildTimeout();
}
