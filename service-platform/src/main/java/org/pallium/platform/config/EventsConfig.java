package org.pallium.platform.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service publishes and consumes Pallium events ({@code pallium.events.*}). */
@ConfigMapping(prefix = "pallium.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of this service's events, such as {@code /pallium/inpatient-service}. */
    URI source();

    /** The Kafka bootstrap servers; set with {@code KAFKA_BOOTSTRAP_SERVERS}. */
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    Relay relay();

    Consumer consumer();

    interface Relay {

        /** Off only where a test drives the relay itself. */
        @WithDefault("true")
        boolean enabled();

        /** Rows published per round trip to Kafka. */
        @WithDefault("500")
        int batchSize();

        /**
         * How often the relay looks for rows it was not woken for: rows committed by another
         * replica, or left after a failure. Rows committed here wake it at once.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** The longest wait between attempts while Kafka is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * How long a published row stays in the outbox: long enough to see what was sent when
         * something downstream went wrong, short enough that the table does not grow forever.
         */
        @WithDefault("7d")
        Duration retention();
    }

    interface Consumer {

        /** The consumer group; without it the service consumes nothing. */
        Optional<String> groupId();

        @WithDefault("pallium.referral-events")
        List<String> topics();

        /** The longest wait before a failed event is tried again. */
        @WithDefault("10s")
        Duration maxBackoff();

        /**
         * How many consumers of the group this service runs, each on a thread of its own and given
         * its share of the partitions, as a replica is; more than the topics' partitions leaves some idle.
         */
        @WithDefault("1")
        int threads();
    }
}
