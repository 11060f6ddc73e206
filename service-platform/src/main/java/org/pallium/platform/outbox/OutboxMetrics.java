package org.pallium.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The outbox in /q/metrics: how many rows wait to be published, and how long the oldest has
 * waited. A backlog that only grows, or an oldest row that ages, means events do not leave the
 * service (Kafka unreachable, the relay stopped) while its writes still succeed: the alert to
 * watch, since nothing else fails.
 */
@ApplicationScoped
public class OutboxMetrics {

    void register(@Observes StartupEvent startup, MeterRegistry meters, OutboxRelay relay) {
        Gauge.builder("pallium.outbox.backlog", relay, OutboxRelay::backlog)
                .description("Outbox rows not yet published to Kafka").baseUnit("rows").register(meters);
        Gauge.builder("pallium.outbox.oldest.unpublished.age", relay, OutboxRelay::oldestUnpublishedAgeSeconds)
                .description("How long the oldest outbox row not yet published has waited; 0 when none waits")
                .baseUnit("seconds").register(meters);
    }
}
