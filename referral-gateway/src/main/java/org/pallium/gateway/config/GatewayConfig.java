package org.pallium.gateway.config;

import java.net.URI;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

import org.pallium.events.CareSetting;

/** The gateway's own settings ({@code pallium.gateway.*}). */
@ConfigMapping(prefix = "pallium.gateway")
public interface GatewayConfig {

    /** The base URL of each setting's service, for the timeline's links to the source records. */
    Map<CareSetting, URI> serviceUrls();
}
